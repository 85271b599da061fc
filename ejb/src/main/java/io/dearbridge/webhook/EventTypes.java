package io.dearbridge.webhook;

import io.dearbridge.domain.order.Stage;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The DEAR webhook types the bridge acts on, and which identifier each carries (docs/dear-api.md §2.6). */
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
    /** A credit note needs the invoice (docs/dear-api.md §6.1): returns waiting for it are re-checked on import. */
    public static final String INVOICE_AUTHORISED = "Sale/InvoiceAuthorised";

    /** Every type the bridge subscribes to and processes, in subscription order. */
    public static final List<String> HANDLED = List.of(ORDER_AUTHORISED, VOIDED, UNDO, BACKORDERED,
            TRACKING_CHANGED, PICK_AUTHORISED, PACK_AUTHORISED, SHIPMENT_AUTHORISED, CREDIT_NOTE_AUTHORISED,
            INVOICE_AUTHORISED);

    /** These name the sale only through its task (SaleTaskID); the rest carry SaleID. */
    private static final Set<String> TASK_ADDRESSED = Set.of(SHIPMENT_AUTHORISED, TRACKING_CHANGED,
            INVOICE_AUTHORISED);

    private EventTypes() {
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

    public static boolean handled(String type) {
        return HANDLED.contains(type);
    }

    /** The identifier field DEAR's payload must carry for this type. */
    public static String identifierField(String type) {
        return TASK_ADDRESSED.contains(type) ? "SaleTaskID" : "SaleID";
    }
}
