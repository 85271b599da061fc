package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.time.SimClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Creates sales the way a DEAR user would enter them (the control API's {@code POST .../sales}). Anything the
 * caller leaves out is made up: a catalogue customer, 2–4 lines with distinct SKUs, a real-looking address.
 */
public final class SaleFactory {

    private static final String[] CARRIERS = {"StarTrack", "Australia Post", "DEAR Courier"};

    private final SimClock clock;
    private final SaleLifecycle lifecycle;
    private final Random random;

    public SaleFactory(SimClock clock, SaleLifecycle lifecycle, Random random) {
        this.clock = clock;
        this.lifecycle = lifecycle;
        this.random = random;
    }

    public Sale create(String accountId, SaleStore store, Map<String, Object> spec) {
        Customer base = Catalogue.CUSTOMERS.get(random.nextInt(Catalogue.CUSTOMERS.size()));
        String customerName = Json.string(spec, "customer");
        Customer customer = customerName == null ? base
                : new Customer(Catalogue.stableId("customer:" + customerName), customerName, base.contact(),
                base.phone(), base.email(), base.billing());
        // What a shop integration copies from its customer: DEAR stores these free texts as given.
        customer = new Customer(customer.id(), customer.name(), orDefault(Json.string(spec, "contact"),
                customer.contact()), orDefault(Json.string(spec, "phone"), customer.phone()),
                orDefault(Json.string(spec, "email"), customer.email()), customer.billing());
        Map<String, Object> addressSpec = Json.get(spec, "shippingAddress") == null ? null
                : Json.asObject(Json.get(spec, "shippingAddress"), "shippingAddress");
        Address shipping = addressSpec != null ? Address.fromJson(addressSpec)
                : new Address(base.billing().line1(), base.billing().line2(), base.billing().city(),
                base.billing().state(), base.billing().postcode(), base.billing().country(), customer.name(),
                customer.contact());
        var place = lifecycle.stockroom(accountId).locations().ensure(
                orDefault(Json.string(spec, "location"), Catalogue.MAIN_WAREHOUSE), Json.string(spec, "locationId"));
        String location = place.name();
        String locationId = place.id();
        List<Map<String, Object>> lineSpecs = Json.objects(spec, "lines");
        List<OrderLine> lines = lineSpecs.isEmpty() ? randomLines() : lines(lineSpecs);
        String orderNumber = orDefault(Json.string(spec, "orderNumber"), store.nextOrderNumber());
        Sale sale = new Sale(lifecycle.newId(), accountId, store.nextSequence(), orderNumber, customer,
                given(spec, "customerReference", "PO-" + (10000 + random.nextInt(90000))), shipping,
                given(spec, "shippingNotes", "Deliver to loading dock, 7am-3pm"), location,
                locationId, LocalDate.ofInstant(clock.now(), ZoneOffset.UTC),
                given(spec, "carrier", CARRIERS[random.nextInt(2)]), lines, clock.now());
        sale.serviceOnly(Boolean.TRUE.equals(Json.bool(spec, "serviceOnly")));
        sale.currencyRate(Json.decimal(spec, "currencyRate"));
        store.add(sale);
        Boolean authorise = Json.bool(spec, "authorise");
        if (authorise == null || authorise) {
            lifecycle.authorise(sale, !Boolean.FALSE.equals(Json.bool(spec, "allocate")));
        }
        return sale;
    }

    /** Lines given by a caller: sku and quantity required; name, price and product id looked up or made up. */
    public static List<OrderLine> lines(List<Map<String, Object>> specs) {
        List<OrderLine> lines = new ArrayList<>();
        for (Map<String, Object> l : specs) {
            String sku = Json.string(l, "sku");
            if (sku == null || sku.isBlank()) {
                throw DearException.badRequest("Every line needs a sku.");
            }
            Catalogue.Product known = Catalogue.PRODUCTS.stream().filter(p -> p.sku().equalsIgnoreCase(sku))
                    .findFirst().orElse(null);
            BigDecimal qty = Json.decimal(l, "quantity");
            BigDecimal price = Json.decimal(l, "price");
            lines.add(new OrderLine(
                    orDefault(Json.string(l, "productId"), Catalogue.stableId("product:" + sku)),
                    sku,
                    orDefault(Json.string(l, "name"), known != null ? known.name() : sku),
                    qty == null ? BigDecimal.ONE : qty,
                    price != null ? price : known != null ? known.price() : new BigDecimal("10.00"),
                    known != null ? known.averageCost() : BigDecimal.ZERO, Json.string(l, "comment"),
                    Boolean.TRUE.equals(Json.bool(l, "dropShip"))));
        }
        return lines;
    }

    private List<OrderLine> randomLines() {
        List<Catalogue.Product> products = new ArrayList<>(Catalogue.PRODUCTS);
        Collections.shuffle(products, random);
        int count = 2 + random.nextInt(3);
        List<OrderLine> lines = new ArrayList<>();
        for (Catalogue.Product p : products.subList(0, count)) {
            lines.add(new OrderLine(p.id(), p.sku(), p.name(), BigDecimal.valueOf(1 + random.nextInt(4)), p.price(),
                    p.averageCost()));
        }
        return lines;
    }

    /** A text the caller gave, even an empty one (DEAR keeps an empty text as it is); otherwise the made-up one. */
    private static String given(Map<String, Object> spec, String field, String fallback) {
        String value = Json.string(spec, field);
        return value == null ? fallback : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
