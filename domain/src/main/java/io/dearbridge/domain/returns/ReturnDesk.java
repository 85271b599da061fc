package io.dearbridge.domain.returns;

import io.dearbridge.domain.order.OrderLine;
import io.dearbridge.domain.order.OrderStatus;
import io.dearbridge.domain.order.WarehouseOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what the warehouse says came back against the order and its earlier returns, before anything is
 * stored: a refusal ({@link ReturnRejected}) changes nothing.
 *
 * <p>What may be returned of a SKU is what shipped (ordered less backordered; the bridge does not count per
 * consignment, so on a partly shipped order this is an upper bound) less every return that is not cancelled.
 */
public final class ReturnDesk {

    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    private final WarehouseOrder order;
    private final List<WarehouseReturn> earlier;

    public ReturnDesk(WarehouseOrder order, List<WarehouseReturn> earlier) {
        this.order = order;
        this.earlier = List.copyOf(earlier);
    }

    /** A dock return on this order: the order must have shipped, and each SKU may not exceed what remains. */
    public List<ReceivedLine> dockReturn(List<ReturnRequest> requests) {
        requireReturnable();
        List<ReceivedLine> lines = lines(requests);
        Map<String, BigDecimal> asked = bySku(lines);
        Map<String, BigDecimal> left = returnable();
        for (Map.Entry<String, BigDecimal> e : asked.entrySet()) {
            BigDecimal may = left.getOrDefault(e.getKey(), BigDecimal.ZERO);
            if (e.getValue().compareTo(may) > 0) {
                throw ReturnRejected.invalid("Only " + plain(may) + " of " + e.getKey() + " may still be returned"
                        + " (shipped " + plain(shipped().getOrDefault(e.getKey(), BigDecimal.ZERO))
                        + ", already returned " + plain(returned(e.getKey())) + "); asked " + plain(e.getValue()) + ".");
            }
        }
        return lines;
    }

    /** The goods of an expected return arrived: each SKU must be on its credit note, at most its quantity. */
    public List<ReceivedLine> receipt(WarehouseReturn expected, List<ReturnRequest> requests) {
        if (expected.status() != ReturnStatus.EXPECTED) {
            throw ReturnRejected.conflict("Return " + expected.id() + " is " + expected.status()
                    + "; only an EXPECTED return can be received.");
        }
        if (order.status() == OrderStatus.CANCELLED) {
            throw ReturnRejected.conflict("Order " + order.id() + " (" + order.saleOrderNumber()
                    + ") was voided in DEAR.");
        }
        List<ReceivedLine> lines = lines(requests);
        Map<String, BigDecimal> credited = expected.expectedBySku();
        for (Map.Entry<String, BigDecimal> e : bySku(lines).entrySet()) {
            BigDecimal may = credited.get(e.getKey());
            if (may == null) {
                throw ReturnRejected.invalid("SKU " + e.getKey() + " is not on credit note "
                        + expected.creditNoteNumber() + ".");
            }
            if (e.getValue().compareTo(may) > 0) {
                throw ReturnRejected.invalid("Credit note " + expected.creditNoteNumber() + " credits " + plain(may)
                        + " of " + e.getKey() + "; received " + plain(e.getValue()) + ".");
            }
        }
        return lines;
    }

    /** Per SKU, what shipped less what earlier returns took. */
    public Map<String, BigDecimal> returnable() {
        Map<String, BigDecimal> left = new LinkedHashMap<>();
        shipped().forEach((sku, qty) -> left.put(sku, qty.subtract(returned(sku)).max(BigDecimal.ZERO)));
        return left;
    }

    private void requireReturnable() {
        if (order.status() == OrderStatus.CANCELLED) {
            throw ReturnRejected.conflict("Order " + order.id() + " (" + order.saleOrderNumber()
                    + ") was voided in DEAR; nothing can be returned on it.");
        }
        if (order.status() != OrderStatus.SHIPPED && order.status() != OrderStatus.PARTIALLY_SHIPPED) {
            throw ReturnRejected.conflict("Order " + order.id() + " (" + order.saleOrderNumber() + ") has not shipped"
                    + " (" + order.status() + "); nothing can be returned yet.");
        }
    }

    private Map<String, BigDecimal> shipped() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            m.merge(WarehouseReturn.key(line.sku()), line.quantity().subtract(line.backorderedQuantity()),
                    BigDecimal::add);
        }
        return m;
    }

    private BigDecimal returned(String sku) {
        return earlier.stream().map(r -> r.quantityOf(sku)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<ReceivedLine> lines(List<ReturnRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            throw ReturnRejected.invalid("lines are required: at least one returned item.");
        }
        List<ReceivedLine> lines = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            ReturnRequest r = requests.get(i);
            String at = "lines[" + i + "]";
            if (r == null) {
                throw ReturnRejected.invalid(at + " is empty.");
            }
            if (r.sku() == null || r.sku().isBlank()) {
                throw ReturnRejected.invalid(at + ".sku is required.");
            }
            OrderLine ordered = line(r.sku()).orElseThrow(() -> ReturnRejected.invalid(at + ": SKU " + r.sku()
                    + " is not on order " + order.saleOrderNumber() + "."));
            if (r.quantity() == null) {
                throw ReturnRejected.invalid(at + ".quantity is required.");
            }
            if (r.quantity().signum() <= 0) {
                throw ReturnRejected.invalid(at + ".quantity must be greater than 0.");
            }
            if (r.quantity().stripTrailingZeros().scale() > 4) {
                throw ReturnRejected.invalid(at + ".quantity allows at most 4 decimals.");
            }
            if (r.quantity().compareTo(MAX_QUANTITY) >= 0) {
                throw ReturnRejected.invalid(at + ".quantity must be less than " + MAX_QUANTITY.toPlainString() + ".");
            }
            if (r.condition() == null) {
                throw ReturnRejected.invalid(at + ".condition is required: RESTOCK or WRITE_OFF.");
            }
            if (r.condition() == ItemCondition.RESTOCK && (r.location() == null || r.location().isBlank())) {
                throw ReturnRejected.invalid(at + ".location is required for RESTOCK: where the item goes back.");
            }
            lines.add(new ReceivedLine(ordered.productId(), ordered.sku(), ordered.name(), r.quantity(),
                    r.condition(), r.location() == null || r.location().isBlank() ? null : r.location().strip()));
        }
        return lines;
    }

    private Optional<OrderLine> line(String sku) {
        return order.lines().stream().filter(l -> WarehouseReturn.key(l.sku()).equals(WarehouseReturn.key(sku)))
                .findFirst();
    }

    private static Map<String, BigDecimal> bySku(List<ReceivedLine> lines) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        lines.forEach(l -> m.merge(WarehouseReturn.key(l.sku()), l.quantity(), BigDecimal::add));
        return m;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
