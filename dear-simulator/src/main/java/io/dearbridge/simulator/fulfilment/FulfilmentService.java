package io.dearbridge.simulator.fulfilment;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.sale.Sale;
import io.dearbridge.simulator.sale.SaleEvent;
import io.dearbridge.simulator.sale.SaleLifecycle;
import io.dearbridge.simulator.sale.SaleStore;
import io.dearbridge.simulator.stock.DearLocation;
import io.dearbridge.simulator.stock.StockLedger;
import io.dearbridge.simulator.stock.Stockroom;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Objects;

/**
 * The fulfilment endpoints and their preconditions (docs/dear-api.md §4.2): pick needs an authorised order and an open
 * pick; pack needs an authorised pick and an open pack; ship needs an authorised pack and an open ship, except a PUT
 * with {@code AddTrackingNumbers}. {@code DRAFT} saves, {@code AUTHORISED} finalises and fires the stage's webhook.
 * A stage may take less than what is left (a short pick); the rest can go to a further fulfilment.
 */
public final class FulfilmentService {

    private final SaleLifecycle lifecycle;

    public FulfilmentService(SaleLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public Map<String, Object> list(SaleStore store, String saleId) {
        Sale sale = store.get(saleId);
        synchronized (sale) {
            requireNotServiceSale(sale);
            return envelope(sale);
        }
    }

    /** {@code POST sale/fulfilment}: a further fulfilment; turns a simple sale into an advanced one. */
    public Map<String, Object> create(SaleStore store, Map<String, Object> body) {
        Sale sale = store.get(Json.string(body, "SaleID"));
        synchronized (sale) {
            requireNotServiceSale(sale);
            if (!sale.authorised()) {
                throw DearException.badRequest("Order status must be AUTHORISED to add a fulfilment. Current status: "
                        + sale.orderStatus());
            }
            for (Fulfilment f : sale.activeFulfilments()) {
                if (!StageStatus.AUTHORISED.equals(f.pickStatus())) {
                    throw DearException.badRequest("Pick of fulfilment " + f.number()
                            + " must be AUTHORISED before another fulfilment can be added. Current status: "
                            + f.pickStatus());
                }
            }
            sale.fulfilments().add(new Fulfilment(lifecycle.newId(), sale.fulfilments().size() + 1,
                    sale.shippingAddress(), sale.shippingNotes()));
            sale.type(Sale.ADVANCED);
            lifecycle.changed(sale);
            return envelope(sale);
        }
    }

    /** {@code DELETE sale/fulfilment?TaskID=&Void=}: advanced sales only. */
    public Map<String, Object> delete(SaleStore store, String taskId, boolean voidIt) {
        Sale sale = store.byTask(taskId);
        synchronized (sale) {
            if (!Sale.ADVANCED.equals(sale.type())) {
                throw DearException.badRequest("Fulfilment can only be voided or undone on an Advanced Sale.");
            }
            Fulfilment f = sale.fulfilment(taskId).orElseThrow();
            if (f.voided()) {
                throw DearException.badRequest("Fulfilment is already voided.");
            }
            lifecycle.returnPicked(sale, f);
            if (voidIt) {
                f.voidAll();
            } else {
                f.undo();
            }
            lifecycle.changed(sale);
            return envelope(sale);
        }
    }

    public Map<String, Object> getStage(SaleStore store, String taskId, Stage stage) {
        Sale sale = store.byTask(taskId);
        synchronized (sale) {
            Fulfilment f = sale.fulfilment(taskId).orElseThrow();
            return stage == Stage.SHIP ? FulfilmentJson.ship(f, true) : FulfilmentJson.pickOrPack(f, stage == Stage.PACK);
        }
    }

    public Map<String, Object> pick(SaleStore store, Map<String, Object> body) {
        String taskId = Json.string(body, "TaskID");
        Sale sale = store.byTask(taskId);
        boolean authorised;
        Map<String, Object> echo;
        synchronized (sale) {
            Fulfilment f = sale.fulfilment(taskId).orElseThrow();
            if (!sale.authorised()) {
                throw DearException.badRequest("Order status must be AUTHORISED to save the pick. Current status: "
                        + sale.orderStatus());
            }
            requireOpen("Pick", "save the pick", f.pickStatus());
            Stockroom room = lifecycle.stockroom(sale);
            boolean autopick = "AUTOPICK".equalsIgnoreCase(Json.string(body, "AutoPickMode"));
            if (autopick) {
                requireAutopickBodyOnly(body);
            }
            List<StageLine> lines = autopick ? autopickLines(sale, f, room)
                    : StageLineReader.read(sale, room.locations(), Json.objects(body, "Lines"), false);
            String status = autopick ? StageStatus.AUTHORISED : writeStatus(body);
            requireLinesToAuthorise(status, lines);
            checkWithin(Fulfilment.bySku(lines), remainingToPick(sale, f), "pick");
            if (StageStatus.AUTHORISED.equals(status)) {
                room.stock().take(SaleLifecycle.moves(lines));
            }
            f.pick(status, lines);
            lifecycle.changed(sale);
            authorised = StageStatus.AUTHORISED.equals(status);
            echo = FulfilmentJson.pickOrPack(f, false);
        }
        if (authorised) {
            lifecycle.fire(sale, SaleEvent.PICK_AUTHORISED);
        }
        return echo;
    }

    public Map<String, Object> pack(SaleStore store, Map<String, Object> body) {
        String taskId = Json.string(body, "TaskID");
        Sale sale = store.byTask(taskId);
        boolean authorised;
        Map<String, Object> echo;
        synchronized (sale) {
            Fulfilment f = sale.fulfilment(taskId).orElseThrow();
            if (!StageStatus.AUTHORISED.equals(f.pickStatus())) {
                throw DearException.badRequest("Pick must be AUTHORISED before the pack can be saved. Current status: "
                        + f.pickStatus());
            }
            requireOpen("Pack", "save the pack", f.packStatus());
            List<StageLine> lines = StageLineReader.read(sale, lifecycle.stockroom(sale).locations(),
                    Json.objects(body, "Lines"), true);
            String status = writeStatus(body);
            requireLinesToAuthorise(status, lines);
            checkWithin(Fulfilment.bySku(lines), Fulfilment.bySku(f.pickLines()), "pack");
            checkPackedAsPicked(lines, f.pickLines());
            f.pack(status, lines);
            lifecycle.changed(sale);
            authorised = StageStatus.AUTHORISED.equals(status);
            echo = FulfilmentJson.pickOrPack(f, true);
        }
        if (authorised) {
            lifecycle.fire(sale, SaleEvent.PACK_AUTHORISED);
        }
        return echo;
    }

    public Map<String, Object> ship(SaleStore store, Map<String, Object> body, boolean put) {
        return ship(store, body, put, false);
    }

    /**
     * A DEAR user edits tracking on the ship tab: the lines change as with {@code AddTrackingNumbers}, the address,
     * notes and RequireBy on screen stay (only an API write overwrites the whole document).
     */
    public Map<String, Object> userTracking(SaleStore store, Map<String, Object> body) {
        return ship(store, body, true, true);
    }

    private Map<String, Object> ship(SaleStore store, Map<String, Object> body, boolean put, boolean keepDocument) {
        String taskId = Json.string(body, "TaskID");
        Sale sale = store.byTask(taskId);
        String event = null;
        String eventTask;
        Map<String, Object> echo;
        synchronized (sale) {
            Fulfilment f = sale.fulfilment(taskId).orElseThrow();
            eventTask = Sale.ADVANCED.equals(sale.type()) ? f.taskId() : null;
            boolean addTracking = put && Boolean.TRUE.equals(Json.bool(body, "AddTrackingNumbers"));
            if (addTracking && StageStatus.shipDone(f.shipStatus())) {
                ShipTo shipTo = keepDocument ? null : ShipTo.read(body);
                if (ShipTracking.apply(f, Json.objects(body, "Lines"), lifecycle::newId)) {
                    event = SaleEvent.TRACKING_CHANGED;
                }
                if (shipTo != null) {
                    f.shipTo(shipTo);
                }
            } else {
                if (!StageStatus.AUTHORISED.equals(f.packStatus())) {
                    throw DearException.badRequest("Pack must be AUTHORISED before the shipment can be saved."
                            + " Current status: " + f.packStatus());
                }
                if (!StageStatus.open(f.shipStatus())) {
                    throw DearException.badRequest("Ship status must be DRAFT or NOT AVAILABLE to save the shipment."
                            + " Current status: " + f.shipStatus()
                            + (StageStatus.shipDone(f.shipStatus()) ? ". Use PUT with AddTrackingNumbers to change"
                            + " tracking numbers." : ""));
                }
                String status = shipStatus(body);
                List<ShipLine> lines = ShipTracking.readLines(Json.objects(body, "Lines"), lifecycle::newId);
                if (!StageStatus.DRAFT.equals(status) && lines.isEmpty()) {
                    throw DearException.badRequest("At least one shipment line is required to authorise the shipment.");
                }
                ShipTo shipTo = ShipTo.read(body);
                f.ship(status, lines);
                f.shipTo(shipTo);
                if (StageStatus.shipDone(status)) {
                    event = SaleEvent.SHIPMENT_AUTHORISED;
                }
            }
            lifecycle.changed(sale);
            echo = FulfilmentJson.ship(f, true);
        }
        if (event != null) {
            lifecycle.fire(sale, event, eventTask);
        }
        return echo;
    }

    /**
     * AUTOPICK: DEAR picks everything still pickable from the sale's own location. A SKU given stock is taken from
     * the location's places and batches that hold it, earliest expiry first; any other SKU from the location itself.
     */
    private static List<StageLine> autopickLines(Sale sale, Fulfilment f, Stockroom room) {
        Map<String, BigDecimal> remaining = remainingToPick(sale, f);
        DearLocation location = room.locations().ensure(sale.location(), sale.locationId());
        List<StageLine> lines = new ArrayList<>();
        sale.lines().stream().filter(l -> !l.dropShip()).map(l -> l.sku().toUpperCase()).distinct().forEach(sku -> {
            BigDecimal qty = remaining.getOrDefault(sku, BigDecimal.ZERO);
            if (qty.signum() > 0) {
                var ordered = sale.line(sku).orElseThrow();
                List<StockLedger.Move> moves = room.stock().allocate(sku, qty, location);
                if (moves.isEmpty()) {
                    lines.add(new StageLine(ordered.productId(), ordered.sku(), ordered.name(), location.name(),
                            location.id(), qty, null, null, null, null));
                }
                for (StockLedger.Move m : moves) {
                    lines.add(new StageLine(ordered.productId(), ordered.sku(), ordered.name(), m.place(),
                            location.id(), m.quantity(), m.batch(), m.expiry(), null, null));
                }
            }
        });
        if (lines.isEmpty()) {
            throw DearException.badRequest("Nothing left to pick on this order.");
        }
        return lines;
    }

    /** Pickable per SKU minus what other live fulfilments have picked (draft or authorised). */
    static Map<String, BigDecimal> remainingToPick(Sale sale, Fulfilment current) {
        Map<String, BigDecimal> remaining = sale.pickableBySku();
        for (Fulfilment other : sale.activeFulfilments()) {
            if (other != current) {
                Fulfilment.bySku(other.pickLines()).forEach((sku, q) -> remaining.merge(sku, q.negate(), BigDecimal::add));
            }
        }
        return remaining;
    }

    private static void checkWithin(Map<String, BigDecimal> wanted, Map<String, BigDecimal> allowed, String what) {
        for (Map.Entry<String, BigDecimal> e : wanted.entrySet()) {
            BigDecimal max = allowed.getOrDefault(e.getKey(), BigDecimal.ZERO);
            if (e.getValue().compareTo(max) > 0) {
                throw DearException.badRequest("Cannot " + what + " " + e.getValue().toPlainString() + " of " + e.getKey()
                        + ": only " + max.max(BigDecimal.ZERO).toPlainString() + " remaining.");
            }
        }
    }

    /**
     * Auto-pick (docs/dear-api.md §4.3): "To make autopick call the method with attributes TaskID and AutoPickMode =
     * AUTOPICK".
     * DEAR chooses the lines and the status itself; what it does with other fields is not documented, so the
     * simulator refuses them and a client keeps to the documented body.
     */
    private static void requireAutopickBodyOnly(Map<String, Object> body) {
        Set<String> extra = new TreeSet<>();
        for (String key : body.keySet()) {
            if (!key.equalsIgnoreCase("TaskID") && !key.equalsIgnoreCase("AutoPickMode")) {
                extra.add(key);
            }
        }
        if (!extra.isEmpty()) {
            throw DearException.badRequest("AutoPickMode AUTOPICK takes only TaskID and AutoPickMode; also sent: "
                    + String.join(", ", extra) + ".");
        }
    }

    /** The pack moves what the pick took: each SKU, place and batch at most as picked (docs/dear-api.md §4.3 batches). */
    private static void checkPackedAsPicked(List<StageLine> packed, List<StageLine> picked) {
        Map<String, BigDecimal> allowed = new HashMap<>();
        picked.forEach(l -> allowed.merge(placeKey(l), l.quantity(), BigDecimal::add));
        Map<String, BigDecimal> wanted = new HashMap<>();
        packed.forEach(l -> wanted.merge(placeKey(l), l.quantity(), BigDecimal::add));
        for (StageLine l : packed) {
            BigDecimal max = allowed.getOrDefault(placeKey(l), BigDecimal.ZERO);
            if (wanted.get(placeKey(l)).compareTo(max) > 0) {
                throw DearException.badRequest("Cannot pack " + wanted.get(placeKey(l)).toPlainString() + " of "
                        + l.sku() + " from '" + l.location() + "'" + (l.batchSN() == null ? "" : " batch "
                        + l.batchSN()) + ": " + max.toPlainString() + " was picked there.");
            }
        }
    }

    private static String placeKey(StageLine l) {
        return l.sku().toUpperCase() + "|" + l.location().toLowerCase() + "|" + (l.batchSN() == null ? "" : l.batchSN());
    }

    private static void requireNotServiceSale(Sale sale) {
        if (sale.serviceOnly()) {
            throw DearException.badRequest("Sale Fulfilment endpoints are unavailable for a Service Sale.");
        }
    }

    private static void requireOpen(String stage, String action, String status) {
        if (!StageStatus.open(status)) {
            throw DearException.badRequest(stage + " status must be DRAFT or NOT AVAILABLE to " + action
                    + ". Current status: " + status);
        }
    }

    private static void requireLinesToAuthorise(String status, List<StageLine> lines) {
        if (StageStatus.AUTHORISED.equals(status) && lines.isEmpty()) {
            throw DearException.badRequest("At least one line is required to authorise.");
        }
    }

    private static String writeStatus(Map<String, Object> body) {
        String status = Objects.requireNonNullElse(Json.string(body, "Status"), StageStatus.DRAFT).toUpperCase();
        if (!StageStatus.DRAFT.equals(status) && !StageStatus.AUTHORISED.equals(status)) {
            throw DearException.badRequest("Status must be DRAFT or AUTHORISED.");
        }
        return status;
    }

    private static String shipStatus(Map<String, Object> body) {
        String status = Objects.requireNonNullElse(Json.string(body, "Status"), StageStatus.DRAFT).toUpperCase();
        if (!StageStatus.DRAFT.equals(status) && !StageStatus.shipDone(status)) {
            throw DearException.badRequest("Status must be DRAFT, PARTIALLY AUTHORISED or AUTHORISED.");
        }
        return status;
    }

    private static Map<String, Object> envelope(Sale sale) {
        Map<String, Object> m = Json.object();
        m.put("SaleID", sale.id());
        m.put("Fulfilments", sale.fulfilments().stream().map(FulfilmentJson::fulfilment).toList());
        return m;
    }
}
