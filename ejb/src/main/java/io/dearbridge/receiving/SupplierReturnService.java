package io.dearbridge.receiving;

import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.receiving.Receipt;
import io.dearbridge.domain.receiving.ReceiptLine;
import io.dearbridge.domain.receiving.ReceiptReturn;
import io.dearbridge.domain.receiving.ReceiptReturnLine;
import io.dearbridge.domain.receiving.ReceiptStatus;
import io.dearbridge.domain.receiving.SupplierReturnDesk;
import io.dearbridge.domain.receiving.SupplierReturnRequest;
import io.dearbridge.outbox.Outbox;
import io.dearbridge.write.Answer;
import io.dearbridge.write.Caller;
import io.dearbridge.write.FirstAnswer;
import io.dearbridge.write.IdempotentAnswers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records goods the warehouse sends back to the supplier and queues the purchase credit note, in one transaction under
 * the receipt's row lock; no more of a SKU than was received less earlier returns ({@link SupplierReturnDesk}). The
 * return's reference is the credit note's number in DEAR, so the push finds its own note after a lost answer. The
 * push queues behind the receipt's arrivals (one ordering key), so their stock is in DEAR, with its CardIDs, first.
 */
@Stateless
public class SupplierReturnService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    IdempotentAnswers answers;

    public Answer supplierReturn(long receiptId, List<SupplierReturnRequest> requests, Caller<ArrivalRecorded> caller) {
        return FirstAnswer.orElse(answers, caller, () -> ArrivalService.locked(em, receiptId, caller), receipt -> {
            String closed = receipt.status() == ReceiptStatus.CANCELLED ? ArrivalService.closedBecause(receipt) : null;
            List<SupplierReturnRequest> lines = new SupplierReturnDesk().supplierReturn(new SupplierReturnDesk.Receipt(
                    receipt.id(), receipt.orderNumber(), closed, receipt.receivedBySku(), receipt.returnedBySku()),
                    requests);
            List<ReceiptReturnLine> returned = lines.stream().map(l -> {
                Optional<ReceiptLine> expected = receipt.lines().stream()
                        .filter(e -> e.sku() != null && e.sku().equalsIgnoreCase(l.sku())).findFirst();
                return new ReceiptReturnLine(expected.map(ReceiptLine::productId).orElse(null), l.sku(),
                        expected.map(ReceiptLine::name).orElse(null), l.quantity(), l.reason(), null);
            }).toList();
            Instant now = Instant.now();
            ReceiptReturn r = receipt.addReturn(ArrivalService.newReference("SR"), returned, caller.principal(), now);
            em.flush();
            OutboxCommand command = outbox.enqueue(receipt.accountCode(), OrderingKey.ofReceipt(receipt.id()),
                    CommandKind.PURCHASE_CREDIT_NOTE, new ReceiptPushCommand(receipt.id(), r.id()).toJson(), now);
            return ArrivalService.remember(answers, caller, new ArrivalRecorded(ArrivalJson.of(receipt, r, command)
                    .toString(), true));
        });
    }
}
