package io.dearbridge.simulator.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/** The event types DEAR accepts (docs/dear-api.md §2.4) and the server-assigned {@code Name} each gets. */
public final class WebhookTypes {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("Sale/QuoteAuthorised", "Sale quote has been authorised");
        NAMES.put("Sale/OrderAuthorised", "Sale order has been authorised");
        NAMES.put("Sale/Voided", "Sale has been voided");
        NAMES.put("Sale/Backordered", "Sale has been backordered");
        NAMES.put("Sale/ShipmentAuthorised", "Sale shipment has been authorised");
        NAMES.put("Sale/InvoiceAuthorised", "Sale invoice has been authorised");
        NAMES.put("Sale/PickAuthorised", "Sale pick has been authorised");
        NAMES.put("Sale/PackAuthorised", "Sale pack has been authorised");
        NAMES.put("Sale/CreditNoteAuthorised", "Sale credit note has been authorised");
        NAMES.put("Sale/Undo", "Sale has been undone");
        NAMES.put("Sale/PartialPaymentReceived", "Sale partial payment has been received");
        NAMES.put("Sale/FullPaymentReceived", "Sale full payment has been received");
        NAMES.put("Sale/ShipmentTrackingNumberChanged", "Sale shipment tracking number has been changed");
        NAMES.put("Sale/Created", "Sale has been created");
        NAMES.put("Sale/AttachmentAdded", "Sale attachment has been added");
        NAMES.put("Sale/AdditionalAttributesChanged", "Sale additional attributes have been changed");
        NAMES.put("Purchase/OrderAuthorised", "Purchase order has been authorised");
        NAMES.put("Purchase/InvoiceAuthorised", "Purchase invoice has been authorised");
        NAMES.put("Purchase/StockReceivedAuthorised", "Purchase stock received has been authorised");
        NAMES.put("Purchase/CreditNoteAuthorised", "Purchase credit note has been authorised");
        NAMES.put("Purchase/Updated", "Purchase has been updated");
        NAMES.put("Customer/Updated", "Customer has been updated");
        NAMES.put("Supplier/Updated", "Supplier has been updated");
        NAMES.put("Stock/AvailableStockLevelChanged", "Available stock level has been changed");
        NAMES.put("Product/Updated", "Product has been updated");
    }

    private WebhookTypes() {
    }

    /** The canonical spelling of a known type (DEAR's British "Authorised"), or null when unknown. */
    public static String canonical(String type) {
        if (type == null) {
            return null;
        }
        return NAMES.keySet().stream().filter(t -> t.equalsIgnoreCase(type.trim())).findFirst().orElse(null);
    }

    public static String name(String type) {
        return NAMES.get(type);
    }
}
