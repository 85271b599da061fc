package io.dearbridge.simulator.webhook;

import io.dearbridge.simulator.sale.SaleEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * DEAR's thin payloads (docs/dear-api.md §2.6): identifiers only, no event type. Shipment, tracking and invoice events
 * carry {@code SaleTaskID}: the SaleID for a simple sale; for an advanced sale the fulfilment's TaskID, which the
 * event carries (docs/dear-api.md §2.6 and §9 leave the advanced case unconfirmed; this is the reading that breaks
 * naive clients).
 */
public final class WebhookPayloads {

    private static final Set<String> TASK_EVENTS = Set.of(SaleEvent.SHIPMENT_AUTHORISED, SaleEvent.TRACKING_CHANGED,
            "Sale/InvoiceAuthorised");

    private WebhookPayloads() {
    }

    public static Map<String, Object> of(SaleEvent event) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (TASK_EVENTS.contains(event.type())) {
            m.put("SaleTaskID", event.taskId() != null ? event.taskId() : event.saleId());
        } else {
            m.put("SaleID", event.saleId());
        }
        m.put("SaleOrderNumber", event.orderNumber());
        if (SaleEvent.FULL_PAYMENT.equals(event.type()) || SaleEvent.PARTIAL_PAYMENT.equals(event.type())) {
            m.put("DocumentNumber", event.orderNumber()); // docs/dear-api.md §2.6: SaleID and DocumentNumber
        }
        return m;
    }
}
