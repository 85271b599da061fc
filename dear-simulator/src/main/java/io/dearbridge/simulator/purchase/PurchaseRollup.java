package io.dearbridge.simulator.purchase;

import static io.dearbridge.simulator.purchase.PurchaseStatuses.AUTHORISED;
import static io.dearbridge.simulator.purchase.PurchaseStatuses.DRAFT;
import static io.dearbridge.simulator.purchase.PurchaseStatuses.NOT_AVAILABLE;
import static io.dearbridge.simulator.purchase.PurchaseStatuses.VOIDED;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code Status} and the {@code Combined*} statuses, derived from the stages on every read (PURCHASES.md §4). Receiving
 * is counted from authorised simple stock lines or authorised advanced put-away lines (§3.3 "which array is the
 * truth"), against the ordered quantity per SKU. Unconfirmed (§3.2): what a short authorised simple receipt shows;
 * the simulator says PARTIALLY RECEIVED / RECEIVING, so a client cannot take "authorised" for "all in".
 */
public final class PurchaseRollup {

    private PurchaseRollup() {
    }

    public static String status(Purchase p) {
        if (p.voided()) {
            return VOIDED;
        }
        if (NOT_AVAILABLE.equals(p.orderStatus())) {
            return "DRAFT";
        }
        if (!p.ordered()) {
            return "ORDERING";
        }
        String receiving = combinedReceiving(p);
        boolean full = "FULLY RECEIVED".equals(receiving);
        boolean partial = "PARTIALLY RECEIVED".equals(receiving) || stockDraft(p);
        boolean credited = p.creditNotes().stream().anyMatch(PurchaseCreditNote::authorised);
        boolean invoiced = p.tasks().stream().anyMatch(PurchaseTask::invoiceAuthorised);
        if (credited) {
            return full ? "RECEIVED / CREDITED" : partial ? "RECEIVING / CREDITED" : "CREDITED";
        }
        if (full) {
            return invoiced ? "COMPLETED" : "RECEIVED";
        }
        if (invoiced) {
            return partial ? "PARTIALLY INVOICED" : "INVOICED";
        }
        return partial ? "RECEIVING" : "ORDERED";
    }

    private static boolean stockDraft(Purchase p) {
        return p.tasks().stream().anyMatch(t -> DRAFT.equals(t.stockStatus()) || t.stockAuthorised()
                || DRAFT.equals(t.putAwayStatus()));
    }

    public static String combinedReceiving(Purchase p) {
        if (p.voided()) {
            return VOIDED;
        }
        if (!p.ordered() || p.service()) {
            return NOT_AVAILABLE;
        }
        Map<String, BigDecimal> ordered = p.orderedBySku();
        Map<String, BigDecimal> received = new java.util.HashMap<>();
        p.stockedCards().forEach(c -> received.merge(c.sku().toUpperCase(), c.quantity(), BigDecimal::add));
        if (received.isEmpty()) {
            return "NOT RECEIVED";
        }
        for (Map.Entry<String, BigDecimal> e : ordered.entrySet()) {
            if (received.getOrDefault(e.getKey(), BigDecimal.ZERO).compareTo(e.getValue()) < 0) {
                return "PARTIALLY RECEIVED";
            }
        }
        return "FULLY RECEIVED";
    }

    public static String combinedInvoice(Purchase p) {
        if (!p.ordered() && !p.voided()) {
            return NOT_AVAILABLE;
        }
        boolean invoiced = p.tasks().stream().anyMatch(PurchaseTask::invoiceAuthorised);
        boolean credited = p.creditNotes().stream().anyMatch(PurchaseCreditNote::authorised);
        if (!invoiced) {
            return "NOT INVOICED";
        }
        return credited ? "INVOICED / CREDITED" : "INVOICED";
    }

    public static String combinedPayment(Purchase p) {
        return p.voided() ? VOIDED : p.paymentStatus();
    }

    /** The list row's single-stage statuses: the simple task's, or for an advanced purchase its first group's. */
    public static String stockReceivedStatus(Purchase p) {
        return p.tasks().isEmpty() ? NOT_AVAILABLE : p.tasks().get(0).stockStatus();
    }

    public static String invoiceStatus(Purchase p) {
        return p.tasks().isEmpty() ? NOT_AVAILABLE : p.tasks().get(0).invoiceStatus();
    }

    public static String creditNoteStatus(Purchase p) {
        return p.creditNotes().isEmpty() ? NOT_AVAILABLE : p.creditNotes().get(p.creditNotes().size() - 1).status();
    }

    public static String unstockStatus(Purchase p) {
        return p.creditNotes().stream().filter(c -> !c.unstock().isEmpty()).map(PurchaseCreditNote::status)
                .reduce((a, b) -> b).orElse(NOT_AVAILABLE);
    }

    /** Simple tasks' stock is AUTHORISED with its lines or nothing; the order stage as the list shows it. */
    public static String orderStatus(Purchase p) {
        return p.voided() ? VOIDED : p.orderStatus();
    }

    static boolean authorised(String s) {
        return AUTHORISED.equals(s);
    }
}
