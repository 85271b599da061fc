package io.dearbridge.domain.order;


import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for what the warehouse may record on an order: stages in order (pick, pack, ship), never on a
 * cancelled or held order, never more than remains. Every check runs before anything is changed, so a
 * rejected request leaves the order as it was. A pick when every fulfilment already has one starts a
 * further fulfilment (a partial shipment), which DEAR allows once every earlier pick is authorised
 * (docs/dear-api.md §4.5); the outbox sends in order, so the earlier pick reaches DEAR first.
 */
public final class FulfilmentDesk {

    /** DEAR keeps four decimals (docs/dear-api.md §1.7). */
    private static final int MAX_SCALE = 4;
    public static final String DEFAULT_BOX = "Box 1";

    private final WarehouseOrder order;
    private final LocationMap places;

    public FulfilmentDesk(WarehouseOrder order) {
        this(order, LocationMap.saleLocation());
    }

    /** @param places where the account's warehouse locations are in DEAR */
    public FulfilmentDesk(WarehouseOrder order, LocationMap places) {
        this.order = Objects.requireNonNull(order, "order");
        this.places = Objects.requireNonNull(places, "places");
    }

    public Recorded pick(List<StageLine> lines, String by, Instant now) {
        requireOpen();
        requireReleased();
        requireLines(lines);
        List<StageLine> placed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            StageLine line = lines.get(i);
            requireStock(line, i);
            required(line.location(), "lines[" + i + "].location", "the location or bin it was picked from");
            if (pickable(line.sku()) == null) {
                throw notPickable(line.sku(), i);
            }
            placed.add(line.at(place(line.location(), i)));
        }
        lines = placed;
        Map<String, BigDecimal> remaining = remaining();
        totals(lines).forEach((sku, quantity) -> {
            BigDecimal left = remaining.getOrDefault(sku, BigDecimal.ZERO);
            if (quantity.compareTo(left) > 0) {
                throw FulfilmentRejected.invalid("lines: " + plain(quantity) + " of " + sku
                        + " recorded, but only " + plain(left) + " remain to be picked on order " + name() + ".");
            }
        });
        Target target = nextForPick();
        FulfilmentRecord record = FulfilmentRecord.pick(target.fulfilment, lines, false, by, now);
        target.fulfilment.add(record);
        return new Recorded(target.fulfilment, target.created, List.of(record));
    }

    public Recorded pack(List<StageLine> lines, String by, Instant now) {
        requireOpen();
        Fulfilment fulfilment = sorted().stream()
                .filter(f -> f.record(Stage.PICK).isPresent() && !f.packTaken()).findFirst()
                .orElseThrow(() -> FulfilmentRejected.conflict(
                        "Nothing on order " + name() + " awaits packing: record a pick first."));
        requireLines(lines);
        List<StageLine> picked = fulfilment.record(Stage.PICK).orElseThrow().lines();
        List<StageLine> complete = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            StageLine line = lines.get(i);
            requireStock(line, i);
            required(line.box(), "lines[" + i + "].box", "the box this stock was packed in");
            List<StageLine> sameSku = picked.stream().filter(p -> p.sku().equals(line.sku())).toList();
            if (sameSku.isEmpty()) {
                throw FulfilmentRejected.invalid("lines[" + i + "].sku '" + line.sku() + "' was not picked for "
                        + "fulfilment " + fulfilment.number() + " of order " + name() + ".");
            }
            complete.add(withPickDefaults(line, sameSku, i));
        }
        Map<String, BigDecimal> packed = totals(complete);
        totals(picked).forEach((sku, quantity) -> {
            BigDecimal inBoxes = packed.getOrDefault(sku, BigDecimal.ZERO);
            if (inBoxes.compareTo(quantity) > 0) {
                throw FulfilmentRejected.invalid("lines: " + plain(inBoxes) + " of " + sku + " packed, but only "
                        + plain(quantity) + " were picked for fulfilment " + fulfilment.number() + ".");
            }
            if (inBoxes.compareTo(quantity) < 0) {
                throw FulfilmentRejected.invalid("lines: " + plain(quantity.subtract(inBoxes)) + " of " + sku
                        + " picked for fulfilment " + fulfilment.number() + " are not in a box; a pack holds "
                        + "everything its pick took.");
            }
        });
        FulfilmentRecord record = FulfilmentRecord.pack(fulfilment, complete, by, now);
        fulfilment.add(record);
        return new Recorded(fulfilment, false, List.of(record));
    }

    public Recorded ship(ShipmentDetails details, List<String> boxes, String by, Instant now) {
        requireOpen();
        Fulfilment fulfilment = sorted().stream()
                .filter(f -> f.record(Stage.PACK).isPresent() && !f.shipTaken()).findFirst()
                .orElseThrow(() -> FulfilmentRejected.conflict(
                        "Nothing on order " + name() + " awaits shipping: record a pack first."));
        requireShipment(details);
        List<String> packedBoxes = fulfilment.record(Stage.PACK).orElseThrow().boxes();
        List<String> shipped = boxes == null || boxes.isEmpty() ? packedBoxes : boxes;
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < shipped.size(); i++) {
            String box = shipped.get(i);
            required(box, "boxes[" + i + "]", "a box name");
            if (!packedBoxes.contains(box)) {
                throw FulfilmentRejected.invalid("boxes[" + i + "] '" + box + "' was not packed for fulfilment "
                        + fulfilment.number() + " (packed: " + String.join(", ", packedBoxes) + ").");
            }
            unique.add(box);
        }
        List<String> missing = packedBoxes.stream().filter(b -> !unique.contains(b)).toList();
        if (!missing.isEmpty()) {
            throw FulfilmentRejected.invalid("boxes: " + String.join(", ", missing) + " of fulfilment "
                    + fulfilment.number() + " would be left behind; a shipment takes every box of its pack.");
        }
        FulfilmentRecord record = FulfilmentRecord.ship(fulfilment, details, List.copyOf(unique), by, now);
        fulfilment.add(record);
        return new Recorded(fulfilment, false, List.of(record));
    }

    /** Adds or changes tracking on a recorded shipment; the same tracking again changes nothing. */
    public Recorded tracking(long shipmentId, String carrier, String trackingNumber, String trackingUrl, String by,
                             Instant now) {
        FulfilmentRecord shipment = order.fulfilments().stream().flatMap(f -> f.records().stream())
                .filter(r -> r.stage() == Stage.SHIP && r.id() != null && r.id() == shipmentId).findFirst()
                .orElseThrow(() -> new FulfilmentRejected(FulfilmentRejected.Reason.NOT_FOUND,
                        "Order " + name() + " has no shipment " + shipmentId + "."));
        requireOpen();
        required(trackingNumber, "trackingNumber", "the carrier's tracking number");
        ShipmentDetails current = currentTracking(shipment);
        String newCarrier = carrier == null || carrier.isBlank() ? current.carrier() : carrier;
        String newUrl = trackingUrl == null || trackingUrl.isBlank() ? current.trackingUrl() : trackingUrl;
        if (trackingNumber.equals(current.trackingNumber()) && Objects.equals(newCarrier, current.carrier())
                && Objects.equals(newUrl, current.trackingUrl())) {
            return new Recorded(shipment.fulfilment(), false, List.of());
        }
        FulfilmentRecord record = FulfilmentRecord.tracking(shipment, newCarrier, trackingNumber, newUrl, by, now);
        shipment.fulfilment().add(record);
        return new Recorded(shipment.fulfilment(), false, List.of(record));
    }

    /** The tracking a shipment has now: its latest change, or what it was shipped with. */
    public static ShipmentDetails currentTracking(FulfilmentRecord shipment) {
        return shipment.fulfilment().records().stream()
                .filter(r -> r.stage() == Stage.TRACKING && Objects.equals(r.shipmentRecordId(), shipment.id()))
                .reduce((first, second) -> second).orElse(shipment).shipment();
    }

    /**
     * The one-call path for warehouses that do not report stages: DEAR picks by itself (AUTOPICK), then
     * everything it picked is packed into one box and shipped.
     */
    public Recorded shipIt(ShipmentDetails details, String box, String by, Instant now) {
        requireOpen();
        requireReleased();
        requireShipment(details);
        sorted().stream().filter(f -> f.record(Stage.PICK).isPresent() && !f.shipTaken()).findFirst()
                .ifPresent(f -> {
                    throw FulfilmentRejected.conflict("Fulfilment " + f.number() + " of order " + name()
                            + " is being recorded stage by stage; record its pack and shipment instead.");
                });
        List<StageLine> expected = everythingLeft("ship");
        String boxName = box == null || box.isBlank() ? DEFAULT_BOX : box;
        Target target = nextForPick();
        Fulfilment fulfilment = target.fulfilment;
        FulfilmentRecord pick = FulfilmentRecord.pick(fulfilment, expected, true, by, now);
        FulfilmentRecord pack = FulfilmentRecord.pack(fulfilment,
                expected.stream().map(l -> l.inBox(boxName)).toList(), by, now);
        FulfilmentRecord ship = FulfilmentRecord.ship(fulfilment, details, List.of(boxName), by, now);
        fulfilment.add(pick);
        fulfilment.add(pack);
        fulfilment.add(ship);
        return new Recorded(fulfilment, target.created, List.of(pick, pack, ship));
    }

    /**
     * Records again, on the live fulfilment that replaced it, a stage the warehouse recorded on a fulfilment DEAR
     * has since dropped (DEAR re-creates a sale's fulfilments under new TaskIDs when an undone sale is authorised
     * again). The same rules as a new request apply, against the sale as DEAR has it now, so a stage that no
     * longer fits (lines changed, stage already taken) is refused and nothing changes. The held record stays on the
     * dropped fulfilment as history.
     */
    public Recorded retarget(FulfilmentRecord held, Instant now) {
        Fulfilment gone = held.fulfilment();
        if (gone.live()) {
            throw FulfilmentRejected.conflict("Fulfilment " + gone.number() + " of order " + name()
                    + " is live in DEAR: its " + held.stage().label().toLowerCase() + " needs no new target.");
        }
        requireOpen();
        String by = held.recordedBy();
        return switch (held.stage()) {
            case PICK -> {
                if (sorted().stream().noneMatch(f -> !f.planned() && !f.pickTaken())) {
                    throw FulfilmentRejected.conflict("Order " + name() + " has no live fulfilment in DEAR that"
                            + " awaits a pick: DEAR has not authorised the sale again, or its fulfilments are picked.");
                }
                yield held.autopick() ? autopick(by, now) : pick(held.lines(), by, now);
            }
            case PACK -> pack(held.lines(), by, now);
            case SHIP -> ship(held.shipment(), held.boxes(), by, now);
            case TRACKING -> throw FulfilmentRejected.conflict("The shipment whose tracking this changes was on"
                    + " fulfilment " + gone.number() + ", which DEAR dropped; record the shipment again instead.");
        };
    }

    private Recorded autopick(String by, Instant now) {
        requireReleased();
        List<StageLine> expected = everythingLeft("pick");
        Target target = nextForPick();
        FulfilmentRecord pick = FulfilmentRecord.pick(target.fulfilment, expected, true, by, now);
        target.fulfilment.add(pick);
        return new Recorded(target.fulfilment, target.created, List.of(pick));
    }

    /** What an auto-pick takes: all that remains, from the sale's location (DEAR chooses bins and batches). */
    private List<StageLine> everythingLeft(String verb) {
        Map<String, BigDecimal> remaining = new LinkedHashMap<>(remaining());
        remaining.values().removeIf(q -> q.signum() <= 0);
        if (remaining.isEmpty()) {
            throw FulfilmentRejected.conflict("Nothing is left to " + verb + " on order " + name() + ".");
        }
        return remaining.entrySet().stream()
                .map(e -> StageLine.fromDear(e.getKey(), e.getValue(), order.location(), null, null, null, null))
                .toList();
    }

    /**
     * What is left to pick, per SKU: pickable lines (not drop-ship, not a Service Sale) ordered less backordered
     * less what the warehouse already picked on fulfilments DEAR still has.
     */
    public Map<String, BigDecimal> remaining() {
        Map<String, BigDecimal> remaining = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            if (line.pickable()) {
                remaining.merge(line.sku(), line.quantity().subtract(line.backorderedQuantity()), BigDecimal::add);
            }
        }
        order.liveFulfilments().stream().flatMap(f -> f.record(Stage.PICK).stream())
                .flatMap(r -> r.lines().stream())
                .forEach(l -> remaining.computeIfPresent(l.sku(), (sku, q) -> q.subtract(l.quantity())));
        return remaining;
    }

    private BigDecimal pickable(String sku) {
        return remaining().get(sku);
    }

    private record Target(Fulfilment fulfilment, boolean created) {
    }

    private Target nextForPick() {
        Optional<Fulfilment> open = sorted().stream().filter(f -> !f.pickTaken()).findFirst();
        return open.map(f -> new Target(f, false)).orElseGet(() -> new Target(order.planFulfilment(), true));
    }

    /** The live fulfilments in DEAR's order; a voided or vanished one takes no further stage. */
    private List<Fulfilment> sorted() {
        return order.liveFulfilments().stream().sorted(Comparator.comparingInt(Fulfilment::number)).toList();
    }

    private FulfilmentRejected notPickable(String sku, int i) {
        boolean onOrder = order.lines().stream().anyMatch(l -> l.sku().equals(sku));
        if (!onOrder) {
            return FulfilmentRejected.invalid("lines[" + i + "].sku '" + sku + "' is not on order " + name() + ".");
        }
        return FulfilmentRejected.invalid("lines[" + i + "].sku '" + sku + "' is not picked by the warehouse on order "
                + name() + (order.serviceOnly() ? ": it is a Service Sale." : ": it is a drop-ship line, which the "
                + "supplier ships."));
    }

    private LocationMap.DearPlace place(String warehouseLocation, int i) {
        return places.resolve(warehouseLocation, order.location()).orElseThrow(() -> FulfilmentRejected.invalid(
                "lines[" + i + "].location '" + warehouseLocation + "' is not a location of account "
                        + order.accountCode() + "'s warehouse; known: " + places.describe() + "."));
    }

    private void requireReleased() {
        if (order.status() == OrderStatus.WAITING) {
            throw FulfilmentRejected.conflict("Order " + name() + " is waiting: DEAR authorised it without stock "
                    + "allocation (" + order.dearOrderStatus() + "), and DEAR takes a pick only once it is AUTHORISED.");
        }
        if (order.status() == OrderStatus.NOTHING_TO_PICK) {
            throw FulfilmentRejected.conflict("Order " + name() + " has nothing for the warehouse to pick ("
                    + (order.serviceOnly() ? "a Service Sale" : "only drop-ship lines") + ").");
        }
    }

    private void requireOpen() {
        if (order.status() == OrderStatus.CANCELLED) {
            throw FulfilmentRejected.conflict("Order " + name() + " is cancelled: it was voided in DEAR and must "
                    + "not be picked, packed or shipped.");
        }
        if (order.status() == OrderStatus.ON_HOLD) {
            throw FulfilmentRejected.conflict("Order " + name() + " is on hold: it was undone in DEAR and must be "
                    + "authorised there again before the warehouse records anything.");
        }
        if (order.status() == OrderStatus.WAITING_PAYMENT) {
            throw FulfilmentRejected.conflict("Order " + name() + " is waiting for payment: account "
                    + order.accountCode() + " ships only once DEAR shows the sale paid in full (payment status "
                    + (order.paymentStatus() == null ? "unknown" : order.paymentStatus()) + ").");
        }
    }

    private static void requireLines(List<StageLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw FulfilmentRejected.invalid("lines: at least one line is required.");
        }
    }

    private static void requireStock(StageLine line, int i) {
        if (line == null) {
            throw FulfilmentRejected.invalid("lines[" + i + "] is empty.");
        }
        required(line.sku(), "lines[" + i + "].sku", "the product's SKU");
        if (line.quantity() == null) {
            throw FulfilmentRejected.invalid("lines[" + i + "].quantity is required.");
        }
        if (line.quantity().signum() <= 0) {
            throw FulfilmentRejected.invalid("lines[" + i + "].quantity must be greater than zero.");
        }
        if (line.quantity().stripTrailingZeros().scale() > MAX_SCALE) {
            throw FulfilmentRejected.invalid("lines[" + i + "].quantity has more than four decimals.");
        }
    }

    private static void requireShipment(ShipmentDetails details) {
        if (details == null) {
            throw FulfilmentRejected.invalid("A shipment body is required.");
        }
        if (details.shipDate() == null) {
            throw FulfilmentRejected.invalid("shipDate is required (yyyy-MM-dd).");
        }
        required(details.carrier(), "carrier", "the carrier's name");
    }

    private static void required(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw FulfilmentRejected.invalid(field + " is required: " + what + ".");
        }
    }

    /**
     * A pack line may leave out location, batch and expiry when its SKU was picked from one place. DEAR packs from
     * where it picked (docs/dear-api.md §4.3), so a pack line is sent with the DEAR place of the pick line it matches, and
     * a place the SKU was not picked from is refused here.
     */
    private StageLine withPickDefaults(StageLine line, List<StageLine> picked, int i) {
        StageLine only = picked.size() == 1 ? picked.get(0) : null;
        String location = line.location() != null ? line.location() : only == null ? null : only.location();
        if (location == null) {
            throw FulfilmentRejected.invalid("lines[" + i + "].location is required: " + line.sku()
                    + " was picked from more than one place.");
        }
        String dear = places.resolve(location, order.location()).map(LocationMap.DearPlace::name).orElse(null);
        StageLine source = picked.stream().filter(p -> Objects.equals(p.location(), location)).findFirst()
                .or(() -> picked.stream().filter(p -> dear != null && dear.equalsIgnoreCase(p.dearLocation()))
                        .findFirst())
                .orElseThrow(() -> FulfilmentRejected.invalid("lines[" + i + "].location '" + location + "': "
                        + line.sku() + " was not picked there."));
        return new StageLine(line.sku(), line.quantity(), location,
                line.batch() != null ? line.batch() : only == null ? null : only.batch(),
                line.expiry() != null ? line.expiry() : only == null ? null : only.expiry(), line.box())
                .at(new LocationMap.DearPlace(source.dearLocation(), source.dearLocationId()));
    }

    private static Map<String, BigDecimal> totals(List<StageLine> lines) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        lines.forEach(l -> totals.merge(l.sku(), l.quantity(), BigDecimal::add));
        return totals;
    }

    private String name() {
        return order.saleOrderNumber() != null ? order.saleOrderNumber() : "#" + order.id();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
