package io.dearbridge.simulator.sale;

/**
 * Something a DEAR user or the API did to a sale that DEAR announces by webhook.
 *
 * @param taskId for {@code SaleTaskID} payloads: the fulfilment task of an advanced sale; null = the sale itself
 */
public record SaleEvent(String accountId, String type, String saleId, String orderNumber, String taskId) {

    public static final String ORDER_AUTHORISED = "Sale/OrderAuthorised";
    public static final String VOIDED = "Sale/Voided";
    public static final String UNDO = "Sale/Undo";
    public static final String BACKORDERED = "Sale/Backordered";
    public static final String PICK_AUTHORISED = "Sale/PickAuthorised";
    public static final String PACK_AUTHORISED = "Sale/PackAuthorised";
    public static final String SHIPMENT_AUTHORISED = "Sale/ShipmentAuthorised";
    public static final String TRACKING_CHANGED = "Sale/ShipmentTrackingNumberChanged";
    public static final String CREDIT_NOTE_AUTHORISED = "Sale/CreditNoteAuthorised";
    public static final String PARTIAL_PAYMENT = "Sale/PartialPaymentReceived";
    public static final String FULL_PAYMENT = "Sale/FullPaymentReceived";
    public static final String INVOICE_AUTHORISED = "Sale/InvoiceAuthorised";
}
