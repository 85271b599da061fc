package io.dearbridge.console;

import io.dearbridge.domain.outbox.CommandKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names operators know for the bridge's sync types: DEAR's webhook types in, the push commands out (their CommandKind labels). */
public final class SyncKinds {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("Sale/OrderAuthorised", "import");
        LABELS.put("Sale/Voided", "void");
        LABELS.put("Sale/Undo", "undo");
        LABELS.put("Sale/Backordered", "backorder");
        LABELS.put("Sale/ShipmentTrackingNumberChanged", "tracking change");
        LABELS.put("Sale/PickAuthorised", "pick (DEAR)");
        LABELS.put("Sale/PackAuthorised", "pack (DEAR)");
        LABELS.put("Sale/ShipmentAuthorised", "ship (DEAR)");
        LABELS.put("Sale/CreditNoteAuthorised", "credit note");
        LABELS.put("Purchase/OrderAuthorised", "purchase order");
        LABELS.put("Purchase/StockReceivedAuthorised", "stock received (DEAR)");
        LABELS.put("Purchase/InvoiceAuthorised", "purchase invoice");
        LABELS.put("Purchase/CreditNoteAuthorised", "purchase credit note");
        LABELS.put("Reconciliation/PurchaseChanged", "purchase (reconciled)");
        for (CommandKind kind : CommandKind.values()) {
            LABELS.put(kind.code(), kind.label());
        }
    }

    private SyncKinds() {
    }

    public static String label(String type) {
        return type == null ? "" : LABELS.getOrDefault(type, type);
    }

    /** Every known type with its label, in the order the filter lists them. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(LABELS);
    }
}
