package io.dearbridge.returns;

import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.order.TimelineEntry.Source;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.returns.ReturnOrigin;
import io.dearbridge.domain.returns.WarehouseReturn;
import io.dearbridge.order.SaleImported;
import io.dearbridge.outbox.Outbox;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OrderingKey;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Matches the credit notes of an imported sale to returns, in intake's transaction (it observes
 * {@link SaleImported}; the order row is locked): a note the bridge does not know and that carries none of its
 * references becomes an EXPECTED return; a note carrying a dock return's reference credits that return (DEAR's webhook
 * may come before the outbox records DEAR's answer); a voided note cancels its expected return. Each change goes on
 * the order's timeline.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CreditNoteLedger {

    private static final Logger LOG = Logger.getLogger(CreditNoteLedger.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Observed synchronously, so it runs in the import's transaction (MANDATORY makes sure there is one). */
    public void onSaleImported(@Observes SaleImported imported) {
        // An order this import created has no returns yet: no query for each of a backlog's new orders.
        List<WarehouseReturn> returns = imported.newOrder() ? new ArrayList<>() : new ArrayList<>(em.createNamedQuery(
                WarehouseReturn.BY_ORDER, WarehouseReturn.class).setParameter("orderId", imported.order().id())
                .getResultList());
        record(imported.order(), imported.snapshot(), imported.at(), returns);
        // Only a sale that now shows an invoice wakes a waiting return: else its note would read the sale again
        // to find none, and wait again (null: the snapshot does not say, so it is checked).
        if (!Boolean.FALSE.equals(imported.snapshot().details().invoiced())) {
            wakeWaiting(imported.order(), returns, imported.at());
        }
    }

    /**
     * A current import of the sale that shows its invoice (its {@code Sale/InvoiceAuthorised} webhook, or
     * reconciliation seeing the sale changed) brings what a waiting return needs: its credit note is queued once
     * more, and the handler reads the sale again before it writes. The order row is locked and
     * the return leaves WAITING_INVOICE here, so one invoice queues one note per return.
     */
    private void wakeWaiting(WarehouseOrder order, List<WarehouseReturn> returns, Instant now) {
        for (WarehouseReturn r : returns) {
            if (r.invoiceArrived(now)) {
                outbox.enqueue(order.accountCode(), OrderingKey.ofOrder(order.id()), CommandKind.CREDIT_NOTE,
                        new CreditNoteCommand(r.id()).toJson(), now);
                LOG.info(() -> "Order " + order.id() + ": sale imported again, credit note of waiting return " + r.id()
                        + " queued to check DEAR's invoice");
            }
        }
    }

    private void record(WarehouseOrder order, SaleSnapshot snapshot, Instant now, List<WarehouseReturn> returns) {
        if (snapshot.creditNotes().isEmpty()) {
            return;
        }
        for (SaleSnapshot.CreditNote note : snapshot.creditNotes()) {
            if (note.taskId() == null) {
                continue;
            }
            Optional<WarehouseReturn> known = returns.stream()
                    .filter(r -> note.taskId().equalsIgnoreCase(r.creditNoteTaskId())).findFirst()
                    .or(() -> returns.stream().filter(r -> r.origin() == ReturnOrigin.DOCK
                            && note.carries(r.reference())).findFirst());
            if (known.isPresent()) {
                update(order, known.get(), note, now);
            } else if (note.authorised()) {
                WarehouseReturn expected = WarehouseReturn.expect(order.accountCode(), order.id(), order.saleId(),
                        order.saleOrderNumber(), note, now);
                em.persist(expected);
                em.flush();
                returns.add(expected);
                order.note(now, "Credit note " + note.number() + " authorised in DEAR: return " + expected.id()
                        + " expected (" + describe(expected) + ")", Source.DEAR);
                LOG.info(() -> "Order " + order.id() + ": credit note " + note.number() + " -> expected return "
                        + expected.id());
            }
        }
    }

    private static void update(WarehouseOrder order, WarehouseReturn r, SaleSnapshot.CreditNote note, Instant now) {
        if (note.voided()) {
            if (!"VOIDED".equals(r.creditNoteStatus())) {
                boolean cancelled = r.creditNoteVoided(now);
                order.note(now, "Credit note " + note.number() + " voided in DEAR" + (cancelled
                        ? ": expected return " + r.id() + " cancelled"
                        : "; return " + r.id() + " is " + r.status() + ", check it with customer service"), Source.DEAR);
            }
            return;
        }
        if (r.origin() == ReturnOrigin.DOCK && r.creditNoteTaskId() == null && r.credited(note.taskId(),
                note.number(), note.status(), now)) {
            order.note(now, "DEAR shows credit note " + note.number() + " for " + ReturnBookkeeping.describe(r),
                    Source.DEAR);
        }
    }

    private static String describe(WarehouseReturn r) {
        String lines = r.expected().stream().map(l -> l.quantity().stripTrailingZeros().toPlainString() + " x "
                + l.sku()).collect(Collectors.joining(", "));
        return lines + (r.restockLocation() == null ? ", no restock" : ", restock to " + r.restockLocation());
    }
}
