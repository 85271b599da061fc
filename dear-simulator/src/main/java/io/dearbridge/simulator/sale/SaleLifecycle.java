package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.fulfilment.Fulfilment;
import io.dearbridge.simulator.fulfilment.StageLine;
import io.dearbridge.simulator.fulfilment.StageStatus;
import io.dearbridge.simulator.stock.StockLedger;
import io.dearbridge.simulator.stock.Stockroom;
import io.dearbridge.simulator.time.SimClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Order-level transitions: authorise, void, undo (docs/dear-api.md §5), backorder and line replacement.
 * The first fulfilment's TaskID is always a fresh GUID, never the SaleID: docs/dear-api.md §4.1 leaves their equality
 * unconfirmed, so the simulator keeps them apart and a client that confuses them fails here, not in production.
 */
public final class SaleLifecycle {

    private final SimClock clock;
    private final SaleEvents events;
    private final Supplier<String> ids;
    private final Function<String, Stockroom> stockrooms;

    public SaleLifecycle(SimClock clock, SaleEvents events) {
        this(clock, events, () -> UUID.randomUUID().toString());
    }

    public SaleLifecycle(SimClock clock, SaleEvents events, Supplier<String> ids) {
        this(clock, events, ids, new java.util.concurrent.ConcurrentHashMap<String, Stockroom>()::get);
    }

    /** @param stockrooms each account's places and stock, by account id */
    public SaleLifecycle(SimClock clock, SaleEvents events, Supplier<String> ids,
                         Function<String, Stockroom> stockrooms) {
        this.clock = clock;
        this.events = events;
        this.ids = ids;
        Stockroom fallback = new Stockroom();
        this.stockrooms = id -> {
            Stockroom room = stockrooms.apply(id);
            return room == null ? fallback : room;
        };
    }

    /** The places and stock of the account the sale belongs to. */
    public Stockroom stockroom(Sale sale) {
        return stockroom(sale.accountId());
    }

    public Stockroom stockroom(String accountId) {
        return stockrooms.apply(accountId);
    }

    /** Voiding or undoing an authorised pick reverses its stock movement. */
    public void returnPicked(Sale sale, Fulfilment f) {
        if (StageStatus.AUTHORISED.equals(f.pickStatus())) {
            stockroom(sale).stock().putBack(moves(f.pickLines()));
        }
    }

    public static List<StockLedger.Move> moves(List<StageLine> lines) {
        return lines.stream().map(l -> new StockLedger.Move(l.sku(), l.location(), l.batchSN(), l.expiryDate(),
                l.quantity())).toList();
    }

    public String newId() {
        return ids.get();
    }

    public void authorise(Sale sale) {
        authorise(sale, true);
    }

    /**
     * @param allocate false authorises without stock allocation: Order status {@code AUTH_NO_ALLOC}, which the pick
     *                 endpoint refuses like any order status but {@code AUTHORISED} (docs/dear-api.md §4.2, §3.4)
     */
    public void authorise(Sale sale, boolean allocate) {
        synchronized (sale) {
            if (sale.voided()) {
                throw DearException.badRequest("Sale is voided and cannot be authorised.");
            }
            if (sale.ordered()) {
                throw DearException.badRequest("Order is already authorised.");
            }
            if (sale.lines().isEmpty()) {
                throw DearException.badRequest("Order must have at least one line to be authorised.");
            }
            sale.orderStatus(allocate ? "AUTHORISED" : Sale.AUTH_NO_ALLOC);
            sale.fulfilments().clear();
            if (!sale.serviceOnly()) {
                sale.type(Sale.SIMPLE);
                sale.fulfilments().add(new Fulfilment(newId(), 1, sale.shippingAddress(), sale.shippingNotes()));
            }
            sale.touch(clock.now());
        }
        fire(sale, SaleEvent.ORDER_AUTHORISED);
    }

    /**
     * Allocates stock to an order authorised without it: {@code AUTH_NO_ALLOC} becomes {@code AUTHORISED}. DEAR
     * documents no webhook for this, so none fires; a client learns of it by reading the sale again.
     */
    public void allocate(Sale sale) {
        synchronized (sale) {
            if (!Sale.AUTH_NO_ALLOC.equals(sale.orderStatus())) {
                throw DearException.badRequest("Only an order authorised without allocation can be allocated. Current"
                        + " status: " + sale.orderStatus());
            }
            sale.orderStatus("AUTHORISED");
            sale.touch(clock.now());
        }
    }

    /** {@code DELETE sale?ID=&Void=true}: permanent. */
    public void voidSale(Sale sale) {
        synchronized (sale) {
            if (sale.voided()) {
                throw DearException.badRequest("Sale is already voided.");
            }
            sale.orderStatus("VOIDED");
            sale.fulfilments().stream().filter(f -> !f.voided()).forEach(f -> returnPicked(sale, f));
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
            if (!sale.ordered()) {
                throw DearException.badRequest("Order is not authorised; nothing to undo.");
            }
            sale.orderStatus("DRAFT");
            sale.type(sale.serviceOnly() ? Sale.SERVICE : Sale.SIMPLE);
            sale.fulfilments().stream().filter(f -> !f.voided()).forEach(f -> returnPicked(sale, f));
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
