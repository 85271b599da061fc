package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.fulfilment.Fulfilment;
import io.dearbridge.simulator.time.SimClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Order-level transitions: authorise, void, undo (REFERENCE §5), backorder and line replacement.
 * The first fulfilment's TaskID is always a fresh GUID, never the SaleID: REFERENCE §4.1 leaves their equality
 * unconfirmed, so the simulator keeps them apart and a client that confuses them fails here, not in production.
 */
public final class SaleLifecycle {

    private final SimClock clock;
    private final SaleEvents events;
    private final Supplier<String> ids;

    public SaleLifecycle(SimClock clock, SaleEvents events) {
        this(clock, events, () -> UUID.randomUUID().toString());
    }

    public SaleLifecycle(SimClock clock, SaleEvents events, Supplier<String> ids) {
        this.clock = clock;
        this.events = events;
        this.ids = ids;
    }

    public String newId() {
        return ids.get();
    }

    public void authorise(Sale sale) {
        synchronized (sale) {
            if (sale.voided()) {
                throw DearException.badRequest("Sale is voided and cannot be authorised.");
            }
            if (sale.authorised()) {
                throw DearException.badRequest("Order is already authorised.");
            }
            if (sale.lines().isEmpty()) {
                throw DearException.badRequest("Order must have at least one line to be authorised.");
            }
            sale.orderStatus("AUTHORISED");
            sale.type(Sale.SIMPLE);
            sale.fulfilments().clear();
            sale.fulfilments().add(new Fulfilment(newId(), 1, sale.shippingAddress(), sale.shippingNotes()));
            sale.touch(clock.now());
        }
        fire(sale, SaleEvent.ORDER_AUTHORISED);
    }

    /** {@code DELETE sale?ID=&Void=true}: permanent. */
    public void voidSale(Sale sale) {
        synchronized (sale) {
            if (sale.voided()) {
                throw DearException.badRequest("Sale is already voided.");
            }
            sale.orderStatus("VOIDED");
            sale.fulfilments().forEach(Fulfilment::voidAll);
            sale.creditNotes().forEach(c -> c.voidIt());
            sale.touch(clock.now());
        }
        fire(sale, SaleEvent.VOIDED);
    }

    /**
     * {@code DELETE sale?ID=&Void=false}: back to an order draft keeping customer and lines; fulfilments are
     * discarded and a new one (new TaskID) appears when the order is authorised again.
     */
    public void undo(Sale sale) {
        synchronized (sale) {
            if (sale.voided()) {
                throw DearException.badRequest("Voided sale cannot be undone.");
            }
            if (!sale.authorised()) {
                throw DearException.badRequest("Order is not authorised; nothing to undo.");
            }
            sale.orderStatus("DRAFT");
            sale.type(Sale.SIMPLE);
            sale.fulfilments().clear();
            sale.lines().forEach(l -> l.backorder(BigDecimal.ZERO));
            sale.touch(clock.now());
        }
        fire(sale, SaleEvent.UNDO);
    }

    public void backorder(Sale sale, Map<String, BigDecimal> quantities) {
        synchronized (sale) {
            if (!sale.authorised()) {
                throw DearException.badRequest("Only an authorised order can be backordered.");
            }
            for (Map.Entry<String, BigDecimal> e : quantities.entrySet()) {
                OrderLine line = sale.line(e.getKey())
                        .orElseThrow(() -> DearException.badRequest("SKU " + e.getKey() + " is not on the order."));
                if (e.getValue().signum() < 0 || e.getValue().compareTo(line.quantity()) > 0) {
                    throw DearException.badRequest("Backorder quantity for " + e.getKey() + " must be 0.."
                            + line.quantity());
                }
            }
            quantities.forEach((sku, qty) -> sale.line(sku).ifPresent(l -> l.backorder(qty)));
            sale.touch(clock.now());
        }
        fire(sale, SaleEvent.BACKORDERED);
    }

    public void replaceLines(Sale sale, List<OrderLine> lines) {
        synchronized (sale) {
            if (!"DRAFT".equals(sale.orderStatus())) {
                throw DearException.badRequest("Order lines can only be changed while the order is DRAFT.");
            }
            if (lines.isEmpty()) {
                throw DearException.badRequest("Order must have at least one line.");
            }
            sale.replaceLines(lines);
            sale.touch(clock.now());
        }
    }

    /** A change with no event, e.g. an edit DEAR does not announce; for reconciliation tests. */
    public void touch(Sale sale) {
        synchronized (sale) {
            sale.touch(clock.now());
        }
    }

    public void changed(Sale sale) {
        sale.touch(clock.now());
    }

    public void fire(Sale sale, String type) {
        fire(sale, type, null);
    }

    public void fire(Sale sale, String type, String taskId) {
        events.fire(new SaleEvent(sale.accountId(), type, sale.id(), sale.orderNumber(), taskId));
    }
}
