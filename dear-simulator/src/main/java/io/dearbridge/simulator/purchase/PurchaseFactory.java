package io.dearbridge.simulator.purchase;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.sale.Catalogue;
import io.dearbridge.simulator.stock.DearLocation;
import io.dearbridge.simulator.stock.LocationBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Raises purchase orders the way a DEAR user enters them (control API {@code POST .../purchases}). Spec fields, all
 * optional: {@code type} Simple|Advanced|Service, {@code approach} STOCK|INVOICE, {@code supplier}, {@code location},
 * {@code requiredBy} (yyyy-MM-dd), {@code dropShip} (true, or the drop-ship sale task ID), {@code serviceOnly},
 * {@code authorise} (default true: fires Purchase/OrderAuthorised), {@code lines} [{sku, name?, quantity, price?}],
 * and for purchases that predate the test: {@code age} (ISO-8601 duration: ordered and last updated that long ago)
 * with {@code announce} false (authorised without a webhook).
 */
public final class PurchaseFactory {

    private static final String[] SUPPLIERS = {"Alpine Outfitters Wholesale", "Pacific Gear Imports",
            "Southern Cross Textiles"};

    private final PurchaseService service;
    private final Random random;

    public PurchaseFactory(PurchaseService service, Random random) {
        this.service = service;
        this.random = random;
    }

    public Purchase create(String accountId, PurchaseStore store, LocationBook locations, Map<String, Object> spec) {
        boolean service = Boolean.TRUE.equals(Json.bool(spec, "serviceOnly"))
                || "service".equalsIgnoreCase(String.valueOf(Json.string(spec, "type")).trim());
        String type = service ? Purchase.SERVICE : type(Json.string(spec, "type"));
        String approach = approach(Json.string(spec, "approach"));
        String supplier = orElse(Json.string(spec, "supplier"), SUPPLIERS[random.nextInt(SUPPLIERS.length)]);
        String locationName = orElse(Json.string(spec, "location"), LocationBook.MAIN_WAREHOUSE);
        DearLocation location = locations.ensure(locationName, null);
        java.time.Instant created = service().clock().now().minus(age(Json.string(spec, "age")));
        LocalDate today = LocalDate.ofInstant(created, ZoneOffset.UTC);
        String requiredText = Json.string(spec, "requiredBy");
        LocalDate requiredBy = requiredText == null ? today.plusDays(7)
                : io.dearbridge.simulator.time.DearDates.parseDate(requiredText, "requiredBy");
        String dropShip = dropShip(spec);
        List<PurchaseLine> lines = lines(Json.objects(spec, "lines"));
        Purchase p = new Purchase(service().ids().get(), accountId, store.nextSequence(), store.nextOrderNumber(),
                supplier, location.name(), location.id(), approach, type, today, requiredBy, dropShip,
                service().ids().get(), lines, created);
        if (p.simple()) {
            p.simpleTask();
        }
        p.orderStatus(PurchaseStatuses.DRAFT);
        store.add(p);
        if (!Boolean.FALSE.equals(Json.bool(spec, "authorise"))) {
            if (Boolean.FALSE.equals(Json.bool(spec, "announce"))) {
                p.orderStatus(PurchaseStatuses.AUTHORISED);
            } else {
                service().authoriseOrder(p);
            }
        }
        return p;
    }

    private static java.time.Duration age(String text) {
        if (text == null || text.isBlank()) {
            return java.time.Duration.ZERO;
        }
        try {
            return java.time.Duration.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw DearException.badRequest("age must be an ISO-8601 duration such as P30D");
        }
    }

    private PurchaseService service() {
        return service;
    }

    private String dropShip(Map<String, Object> spec) {
        Object v = Json.get(spec, "dropShip");
        if (v == null || Boolean.FALSE.equals(v) || "false".equalsIgnoreCase(v.toString())) {
            return null;
        }
        return Boolean.TRUE.equals(v) || "true".equalsIgnoreCase(v.toString()) ? service().ids().get()
                : v.toString().trim();
    }

    private List<PurchaseLine> lines(List<Map<String, Object>> given) {
        List<PurchaseLine> lines = new ArrayList<>();
        if (given.isEmpty()) {
            List<Catalogue.Product> products = new ArrayList<>(Catalogue.PRODUCTS);
            java.util.Collections.shuffle(products, random);
            int n = 1 + random.nextInt(3);
            for (Catalogue.Product c : products.subList(0, n)) {
                lines.add(new PurchaseLine(c.id(), c.sku(), c.name(), BigDecimal.valueOf(5L + random.nextInt(20)),
                        c.averageCost()));
            }
            return lines;
        }
        for (Map<String, Object> l : given) {
            String sku = Json.string(l, "sku");
            if (sku == null || sku.isBlank()) {
                throw DearException.badRequest("every line needs a sku");
            }
            Catalogue.Product known = Catalogue.PRODUCTS.stream().filter(c -> c.sku().equalsIgnoreCase(sku.trim()))
                    .findFirst().orElse(null);
            BigDecimal qty = Json.decimal(l, "quantity");
            BigDecimal price = Json.decimal(l, "price");
            String name = orElse(Json.string(l, "name"), known == null ? sku.trim() : known.name());
            lines.add(new PurchaseLine(known == null ? Catalogue.stableId("product:" + sku.trim()) : known.id(),
                    known == null ? sku.trim() : known.sku(), name, qty == null ? BigDecimal.ONE : qty,
                    price != null ? price : known == null ? BigDecimal.TEN : known.averageCost()));
        }
        return lines;
    }

    private static String type(String given) {
        if (given == null || given.isBlank() || given.trim().toLowerCase().startsWith("simple")) {
            return Purchase.SIMPLE;
        }
        if (given.trim().toLowerCase().startsWith("advanced")) {
            return Purchase.ADVANCED;
        }
        throw DearException.badRequest("type must be Simple, Advanced or Service");
    }

    private static String approach(String given) {
        if (given == null || given.isBlank() || given.trim().equalsIgnoreCase("stock")) {
            return Purchase.STOCK_FIRST;
        }
        if (given.trim().equalsIgnoreCase("invoice")) {
            return Purchase.INVOICE_FIRST;
        }
        throw DearException.badRequest("approach must be STOCK or INVOICE");
    }

    private static String orElse(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
