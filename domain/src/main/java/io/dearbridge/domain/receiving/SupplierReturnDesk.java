package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks goods the warehouse sends back to the supplier against what was received on the receipt, before anything is
 * stored: a refusal ({@link ArrivalRejected}) changes nothing. A cancelled receipt takes none (409); each SKU must have
 * been received, and per SKU no more may go back than was received less what earlier supplier returns took (400).
 */
public final class SupplierReturnDesk {

    /**
     * {@code received}: per SKU, what was received on the receipt (the bridge's arrivals and DEAR's own receipts);
     * {@code returned}: per SKU, what earlier supplier returns (not dismissed) took.
     */
    public record Receipt(long id, String orderNumber, String closedBecause, Map<String, BigDecimal> received,
                          Map<String, BigDecimal> returned) {
    }

    public List<SupplierReturnRequest> supplierReturn(Receipt receipt, List<SupplierReturnRequest> requests) {
        ArrivalDesk.Receipt asArrival = new ArrivalDesk.Receipt(receipt.id(), receipt.orderNumber(),
                receipt.closedBecause(), receipt.received(), Map.of());
        ArrivalDesk.requireOpen(asArrival, "return goods to the supplier on it");
        if (requests == null || requests.isEmpty()) {
            throw ArrivalRejected.invalid("lines are required: at least one returned item.");
        }
        Map<String, String> spelling = ArrivalDesk.spelling(receipt.received());
        List<SupplierReturnRequest> lines = new ArrayList<>();
        Map<String, BigDecimal> asked = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            SupplierReturnRequest r = requests.get(i);
            String at = "lines[" + i + "]";
            if (r == null) {
                throw ArrivalRejected.invalid(at + " is empty.");
            }
            if (r.sku() != null && !r.sku().isBlank() && !spelling.containsKey(ArrivalDesk.key(r.sku()))) {
                throw ArrivalRejected.invalid(at + ": SKU " + r.sku().strip() + " was not received on "
                        + ArrivalDesk.describe(asArrival) + "; only received goods can go back to the supplier.");
            }
            String sku = ArrivalDesk.known(spelling, r.sku(), at, asArrival);
            ArrivalDesk.quantity(r.quantity(), at);
            lines.add(new SupplierReturnRequest(sku, r.quantity(),
                    r.reason() == null || r.reason().isBlank() ? null : r.reason().strip()));
            asked.merge(sku, r.quantity(), BigDecimal::add);
        }
        for (Map.Entry<String, BigDecimal> e : asked.entrySet()) {
            BigDecimal received = ArrivalDesk.quantityOf(receipt.received(), e.getKey());
            BigDecimal returned = ArrivalDesk.quantityOf(receipt.returned(), e.getKey());
            BigDecimal left = received.subtract(returned).max(BigDecimal.ZERO);
            if (e.getValue().compareTo(left) > 0) {
                throw ArrivalRejected.invalid("Only " + ArrivalDesk.plain(left) + " of " + e.getKey()
                        + " may go back to the supplier on " + ArrivalDesk.describe(asArrival) + " (received "
                        + ArrivalDesk.plain(received) + ", returned before " + ArrivalDesk.plain(returned) + "); asked "
                        + ArrivalDesk.plain(e.getValue()) + ".");
            }
        }
        return lines;
    }
}
