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
    public static final String PARTIAL_PAYMENT = "Sale/PartialPaymentReceived";
    public static final String FULL_PAYMENT = "Sale/FullPaymentReceived";

    /** Every type the bridge subscribes to for every account and processes, in subscription order. */
    public static final List<String> HANDLED = List.of(ORDER_AUTHORISED, VOIDED, UNDO, BACKORDERED,
            TRACKING_CHANGED, PICK_AUTHORISED, PACK_AUTHORISED, SHIPMENT_AUTHORISED, CREDIT_NOTE_AUTHORISED);

    /** What an account that ships only once paid also needs (docs/dear-api.md §2.6: they carry SaleID). */
    public static final List<String> PAYMENTS = List.of(PARTIAL_PAYMENT, FULL_PAYMENT);

    /** These name the sale only through its task (SaleTaskID); the rest carry SaleID. */
    private static final Set<String> TASK_ADDRESSED = Set.of(SHIPMENT_AUTHORISED, TRACKING_CHANGED,
            "Sale/InvoiceAuthorised");

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
        return HANDLED.contains(type) || PAYMENTS.contains(type);
    }

    /** The types an account subscribes to: the payment events only where it releases orders on payment. */
    public static List<String> subscribedBy(boolean releaseOnPayment) {
        if (!releaseOnPayment) {
            return HANDLED;
        }
        List<String> all = new java.util.ArrayList<>(HANDLED);
        all.addAll(PAYMENTS);
        return List.copyOf(all);
    }

    /** The identifier field DEAR's payload must carry for this type. */
    public static String identifierField(String type) {
        return TASK_ADDRESSED.contains(type) ? "SaleTaskID" : "SaleID";
    }
}
