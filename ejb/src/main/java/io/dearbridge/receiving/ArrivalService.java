package io.dearbridge.receiving;

import io.dearbridge.account.LocationMaps;
import io.dearbridge.domain.order.LocationMap;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.receiving.ArrivalDesk;
import io.dearbridge.domain.receiving.ArrivalRejected;
import io.dearbridge.domain.receiving.ArrivalRequest;
import io.dearbridge.domain.receiving.OverReceiptTolerance;
import io.dearbridge.domain.receiving.Receipt;
import io.dearbridge.domain.receiving.ReceiptArrival;
import io.dearbridge.domain.receiving.ReceiptArrivalLine;
import io.dearbridge.domain.receiving.ReceiptLine;
import io.dearbridge.outbox.Outbox;
import io.dearbridge.write.Answer;
import io.dearbridge.write.Caller;
import io.dearbridge.write.FirstAnswer;
import io.dearbridge.write.IdempotentAnswers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records an arrival the warehouse reports and queues its DEAR push, in one transaction (the transactional outbox),
 * under the receipt's row lock so two arrivals cannot both take the last of a line. The rules are
 * {@link ArrivalDesk}'s; each warehouse location is mapped to a DEAR place by the account's location-map (a location
 * the map does not know is refused). A refusal leaves as {@code write.RecordRefused} and rolls back: nothing changes.
 * No DEAR call is made here.
 */
@Stateless
public class ArrivalService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    IdempotentAnswers answers;

    @Inject
    LocationMaps locationMaps;

    @Inject
    ReceiptPushSettings settings;

    public Answer arrive(long receiptId, List<ArrivalRequest> requests, Caller<ArrivalRecorded> caller) {
        return FirstAnswer.orElse(answers, caller, () -> locked(em, receiptId, caller), receipt -> {
            List<ArrivalRequest> lines = new ArrivalDesk(tolerance(receipt)).arrival(new ArrivalDesk.Receipt(
                    receipt.id(), receipt.orderNumber(), closedBecause(receipt), ordered(receipt),
                    receipt.receivedBySku()), requests);
            LocationMap map = map(receipt.accountCode());
            List<ReceiptArrivalLine> arrived = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                ArrivalRequest l = lines.get(i);
                String at = "lines[" + i + "]";
                LocationMap.DearPlace place = map.resolve(l.location(), receipt.dearLocation())
                        .orElseThrow(() -> ArrivalRejected.invalid(at + ".location '" + l.location() + "' is not in"
                                + " account " + receipt.accountCode() + "'s location-map."));
                Optional<ReceiptLine> expected = receipt.lines().stream()
                        .filter(e -> e.sku() != null && e.sku().equalsIgnoreCase(l.sku())).findFirst();
                arrived.add(new ReceiptArrivalLine(expected.map(ReceiptLine::productId).orElse(null), l.sku(),
                        expected.map(ReceiptLine::name).orElse(null), l.quantity(), l.location(), place.name(),
                        place.locationId(), l.batch(), l.expiry()));
            }
            Instant now = Instant.now();
            ReceiptArrival arrival = receipt.addArrival(newReference("AR"), arrived, caller.principal(), now);
            em.flush();
            OutboxCommand command = outbox.enqueue(receipt.accountCode(), OrderingKey.ofReceipt(receipt.id()),
                    CommandKind.STOCK_RECEIVED, new ReceiptPushCommand(receipt.id(), arrival.id()).toJson(), now);
            return remember(answers, caller, new ArrivalRecorded(ArrivalJson.of(receipt, arrival, command).toString(),
                    true));
        });
    }

    /** A malformed tolerance refuses the account's arrivals with the key named, rather than guessing one. */
    private OverReceiptTolerance tolerance(Receipt receipt) {
        try {
            return settings.tolerance(receipt.accountCode());
        } catch (IllegalStateException e) {
            throw ArrivalRejected.conflict(e.getMessage());
        }
    }

    /** The receipt, locked; another account's than the caller's is answered as if it did not exist. */
    static Receipt locked(EntityManager em, long receiptId, Caller<?> caller) {
        Receipt receipt = em.find(Receipt.class, receiptId, LockModeType.PESSIMISTIC_WRITE);
        if (receipt == null || !caller.sees(receipt.accountCode())) {
            throw ArrivalRejected.notFound("No receipt " + receiptId + ".");
        }
        return receipt;
    }

    /** Null while the receipt takes arrivals; else its state and why, for the 409. */
    static String closedBecause(Receipt receipt) {
        return receipt.status().open() ? null : receipt.status().name()
                + (receipt.statusReason() == null ? "" : " (" + receipt.statusReason() + ")");
    }

    static Map<String, BigDecimal> ordered(Receipt receipt) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        receipt.lines().forEach(l -> m.merge(l.sku(), l.quantity(), BigDecimal::add));
        return m;
    }

    private LocationMap map(String accountCode) {
        try {
            return locationMaps.of(accountCode);
        } catch (IllegalStateException e) {
            throw ArrivalRejected.conflict(e.getMessage());
        }
    }

    static Answer remember(IdempotentAnswers answers, Caller<ArrivalRecorded> caller, ArrivalRecorded recorded) {
        Answer answer = caller.render().apply(recorded);
        answers.remember(caller, answer);
        return answer;
    }

    /** Stable per arrival or return; a supplier return's is also its DEAR credit note number. */
    static String newReference(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
