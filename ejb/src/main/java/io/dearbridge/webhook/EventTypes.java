package io.dearbridge.webhook;

import io.dearbridge.domain.inbox.DocumentKind;
import io.dearbridge.domain.order.Stage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DEAR webhook types the bridge subscribes to, and what each type's payload names (docs/dear-api.md §2.6):
 * {@link #definition} gives the document kind and the fields holding its id, task id and number. Which inbox handler
 * processes a type is the handlers' business ({@code inbox.InboxHandlers}); a type no handler takes is stored IGNORED.
 */
public final class EventTypes {

    public static final String ORDER_AUTHORISED = "Sale/OrderAuthorised";
    public static final String VOIDED = "Sale/Voided";
    public static final String UNDO = "Sale/Undo";
    public static final String BACKORDERED = "Sale/Backordered";
    public static final String TRACKING_CHANGED = "Sale/ShipmentTrackingNumberChanged";
    public static final String PICK_AUTHORISED = "Sale/PickAuthorised";
    public static final String PACK_AUTHORISED = "Sale/PackAuthorised";
    public static final String SHIPMENT_AUTHORISED = "Sale/ShipmentAuthorised";
    public static final String CREDIT_NOTE_AUTHORISED = "Sale/CreditNoteAuthorised";
    public static final String PARTIAL_PAYMENT = "Sale/PartialPaymentReceived";
    public static final String FULL_PAYMENT = "Sale/FullPaymentReceived";
    /** A credit note needs the invoice (docs/dear-api.md §6.1): returns waiting for it are re-checked on import. */
    public static final String INVOICE_AUTHORISED = "Sale/InvoiceAuthorised";

    /** Not a webhook: the event the reconciler queues for a sale whose change no webhook brought. */
    public static final String RECONCILED_SALE = "Reconciliation/SaleChanged";

    /**
     * Purchase types (the receiving flow, docs/receiving.md): every one names the task only. Subscribed by accounts
     * that receive ({@link #subscribedBy(boolean, boolean)}). {@code Purchase/Updated} is not: only the newer reference
     * lists it, with no known payload (docs/dear-api.md, purchases); voids and undos come from reconciliation.
     */
    public static final String PURCHASE_ORDER_AUTHORISED = "Purchase/OrderAuthorised";
    public static final String PURCHASE_STOCK_RECEIVED = "Purchase/StockReceivedAuthorised";
    public static final String PURCHASE_INVOICE_AUTHORISED = "Purchase/InvoiceAuthorised";
    public static final String PURCHASE_CREDIT_NOTE_AUTHORISED = "Purchase/CreditNoteAuthorised";

    /** Not a webhook: the event the reconciler queues for a purchase whose change no webhook brought. */
    public static final String RECONCILED_PURCHASE = "Reconciliation/PurchaseChanged";

    /** What an account that receives also subscribes to. */
    public static final List<String> PURCHASES = List.of(PURCHASE_ORDER_AUTHORISED, PURCHASE_STOCK_RECEIVED,
            PURCHASE_INVOICE_AUTHORISED, PURCHASE_CREDIT_NOTE_AUTHORISED);

    /** Every type the bridge subscribes to for every account and processes, in subscription order. */
    public static final List<String> HANDLED = List.of(ORDER_AUTHORISED, VOIDED, UNDO, BACKORDERED,
            TRACKING_CHANGED, PICK_AUTHORISED, PACK_AUTHORISED, SHIPMENT_AUTHORISED, CREDIT_NOTE_AUTHORISED,
            INVOICE_AUTHORISED);

    /** What an account that ships only once paid also needs (docs/dear-api.md §2.6: they carry SaleID). */
    public static final List<String> PAYMENTS = List.of(PARTIAL_PAYMENT, FULL_PAYMENT);

    /**
     * Every sale event may carry SaleID and SaleTaskID; some name the sale only through its task (SaleTaskID: the
     * shipment, tracking and invoice events). The number is SaleOrderNumber, or OrderNumber in older payloads.
     */
    static final EventDefinition SALE = new EventDefinition(DocumentKind.SALE, "SaleID", "SaleTaskID",
            List.of("SaleOrderNumber", "OrderNumber"));

    /** Purchase events carry TaskID and PurchaseOrderNumber, no purchase id (the task may be an I&R task). */
    static final EventDefinition PURCHASE = new EventDefinition(DocumentKind.PURCHASE, null, "TaskID",
            List.of("PurchaseOrderNumber"));

    /** A purchase invoice event carries the invoice's number instead of the order's. */
    static final EventDefinition PURCHASE_INVOICE = new EventDefinition(DocumentKind.PURCHASE, null, "TaskID",
            List.of("PurchaseOrderNumber", "InvoiceNumber"));

    /** The reconciler's purchase event names the purchase by its ID. */
    static final EventDefinition RECONCILED_PURCHASE_EVENT = new EventDefinition(DocumentKind.PURCHASE, "PurchaseID",
            "TaskID", List.of("PurchaseOrderNumber"));

    private static final Map<String, EventDefinition> DEFINED = Map.of(
            RECONCILED_SALE, SALE,
            RECONCILED_PURCHASE, RECONCILED_PURCHASE_EVENT,
            PURCHASE_ORDER_AUTHORISED, PURCHASE,
            PURCHASE_STOCK_RECEIVED, PURCHASE,
            PURCHASE_INVOICE_AUTHORISED, PURCHASE_INVOICE,
            PURCHASE_CREDIT_NOTE_AUTHORISED, PURCHASE);

    private EventTypes() {
    }

    /**
     * What a type's payload names: the types listed here, and every other {@code Sale/…} type (stored IGNORED when
     * not handled, but still found by its sale). Empty for a type of another category.
     */
    public static Optional<EventDefinition> definition(String type) {
        EventDefinition defined = DEFINED.get(type);
        if (defined != null) {
            return Optional.of(defined);
        }
        return type.startsWith("Sale/") ? Optional.of(SALE) : Optional.empty();
    }

    /** The stage a stage event is about, if it is one. */
    public static Optional<Stage> stageOf(String type) {
        return Optional.ofNullable(switch (type) {
            case PICK_AUTHORISED -> Stage.PICK;
            case PACK_AUTHORISED -> Stage.PACK;
            case SHIPMENT_AUTHORISED -> Stage.SHIP;
            default -> null;
        });
    }

    /** The types an account subscribes to: the payment events only where it releases orders on payment. */
    public static List<String> subscribedBy(boolean releaseOnPayment) {
        return subscribedBy(releaseOnPayment, false);
    }

    /** The types an account subscribes to: payments where it releases on payment, purchases where it receives. */
    public static List<String> subscribedBy(boolean releaseOnPayment, boolean receives) {
        if (!releaseOnPayment && !receives) {
            return HANDLED;
        }
        List<String> all = new java.util.ArrayList<>(HANDLED);
        if (releaseOnPayment) {
            all.addAll(PAYMENTS);
        }
        if (receives) {
            all.addAll(PURCHASES);
        }
        return List.copyOf(all);
    }
}
