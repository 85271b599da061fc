package io.dearbridge.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The simulator's purchases (notes/sim-purchases.md): raise purchase orders in DEAR, act on them as a DEAR user
 * (invoice, receive, convert, void, undo, pay) and read back what DEAR holds (tasks with their lines and CardIDs,
 * put-away, credit notes), for the demo account or any account the test made. Answers are the control API's purchase
 * snapshot: {@code id, orderNumber, type, approach, status, orderTaskId, tasks[], creditNotes[], document}.
 */
public final class SimulatorPurchases {

    private static final SimulatorPurchases DEMO = new SimulatorPurchases(Demo.ACCOUNT_ID);

    private final String accountId;

    public SimulatorPurchases(String accountId) {
        this.accountId = accountId;
    }

    /** The demo account's purchases, as the bridge under test is configured with it. */
    public static SimulatorPurchases demo() {
        return DEMO;
    }

    private String path(String tail) {
        return "/accounts/" + accountId + "/purchases" + tail;
    }

    /**
     * A purchase order entered in DEAR and (unless {@code "authorise": false}) authorised, which fires
     * Purchase/OrderAuthorised. Fields: type Simple|Advanced|Service, approach STOCK|INVOICE, supplier, location,
     * requiredBy, dropShip, serviceOnly, authorise, announce, age, lines [{sku, name?, quantity, price?}].
     */
    public JsonObject raise(String json) {
        return Http.json(Simulator.control("POST", path(""), json));
    }

    /** A Simple or Advanced purchase order, Stock first or Invoice first, with {@code sku, quantity} pairs. */
    public JsonObject raise(String type, String approach, Object... skuQuantity) {
        return raise(Json.createObjectBuilder().add("type", type).add("approach", approach)
                .add("lines", lines(skuQuantity)).build().toString());
    }

    /** Purchases that predate the test: ordered {@code age} ago (e.g. P90D), authorised without a webhook. */
    public JsonObject old(String age, Object... skuQuantity) {
        return raise(Json.createObjectBuilder().add("age", age).add("announce", false)
                .add("lines", lines(skuQuantity)).build().toString());
    }

    public JsonObject get(String purchaseId) {
        return Http.json(Simulator.control("GET", path("/" + purchaseId), null));
    }

    public List<JsonObject> all() {
        return Http.<jakarta.json.JsonArray>json(Simulator.control("GET", path(""), null))
                .getValuesAs(JsonObject.class);
    }

    /** A DEAR user's action with its body; see the named methods. */
    public JsonObject act(String purchaseId, String action, String json) {
        return Http.json(Simulator.control("POST", path("/" + purchaseId + "/" + action), json == null ? "{}" : json));
    }

    /** Authorises an order raised with {@code "authorise": false}; fires Purchase/OrderAuthorised. */
    public JsonObject authorise(String purchaseId) {
        return act(purchaseId, "authorise", null);
    }

    /** Authorises the supplier invoice (Invoice first opens receiving); fires Purchase/InvoiceAuthorised. */
    public JsonObject authoriseInvoice(String purchaseId) {
        return act(purchaseId, "invoice", null);
    }

    /** As {@link #authoriseInvoice(String)} for one advanced task, and/or with invoice lines that differ. */
    public JsonObject authoriseInvoice(String purchaseId, String json) {
        return act(purchaseId, "invoice", json);
    }

    /** A DEAR user receives everything outstanding at the purchase's location and authorises it. */
    public JsonObject receive(String purchaseId) {
        return act(purchaseId, "receive", null);
    }

    /** As {@link #receive(String)} with {@code {"lines":[{sku, quantity, location?, batch?, expiry?}], "taskId"?}}. */
    public JsonObject receive(String purchaseId, String json) {
        return act(purchaseId, "receive", json);
    }

    /** A DEAR user converts Simple to Advanced (irreversible; the group gets a new TaskID and CardIDs). */
    public JsonObject convert(String purchaseId) {
        return act(purchaseId, "convert", null);
    }

    /** Voids the purchase in DEAR; no webhook fires. */
    public JsonObject voidPurchase(String purchaseId) {
        return act(purchaseId, "void", null);
    }

    /** Undoes the purchase back to an order draft; no webhook fires. */
    public JsonObject undo(String purchaseId) {
        return act(purchaseId, "undo", null);
    }

    /** A payment: the invoice becomes PAID and LastUpdatedDate moves; no webhook. */
    public JsonObject pay(String purchaseId) {
        return act(purchaseId, "pay", null);
    }

    /**
     * The UpdatedSince pitfall: payment processing touches the given purchases (all when none given), which all get
     * one and the same LastUpdatedDate, now. Answers {@code {count, lastUpdatedDate}}.
     */
    public JsonObject touch(String... purchaseIds) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (purchaseIds.length > 0) {
            JsonArrayBuilder ids = Json.createArrayBuilder();
            for (String id : purchaseIds) {
                ids.add(id);
            }
            body.add("purchaseIds", ids);
        }
        return Http.json(Simulator.control("POST", path("/touch"), body.build().toString()));
    }

    /** The purchase's I&R groups: {@code taskId, number, stockStatus, stockLines[], putAwayStatus, putAwayLines[], invoiceStatus, invoiceNumber}. */
    public List<JsonObject> tasks(String purchaseId) {
        return get(purchaseId).getJsonArray("tasks").getValuesAs(JsonObject.class);
    }

    /** Every stock-received line of every group: {@code cardId, sku, quantity, date, location, locationId, batch, expiry}. */
    public List<JsonObject> stockLines(String purchaseId) {
        return tasks(purchaseId).stream().flatMap(t -> t.getJsonArray("stockLines").getValuesAs(JsonObject.class)
                .stream()).toList();
    }

    /** Every put-away line of every group (advanced): the lines whose CardIDs a credit note must quote. */
    public List<JsonObject> putAwayLines(String purchaseId) {
        return tasks(purchaseId).stream().flatMap(t -> t.getJsonArray("putAwayLines").getValuesAs(JsonObject.class)
                .stream()).toList();
    }

    /** {@code taskId, creditNoteNumber, invoiceNumber, status, lines[], unstock[{cardId, sku, quantity, location, batch}]}. */
    public List<JsonObject> creditNotes(String purchaseId) {
        return get(purchaseId).getJsonArray("creditNotes").getValuesAs(JsonObject.class);
    }

    /**
     * How many DEAR calls of this account had the method and path (e.g. {@code "GET", "advanced-purchase"}), with
     * the query containing {@code queryPart} when given; read from the simulator's call log.
     */
    public long calls(String method, String dearPath, String queryPart) {
        return Http.<jakarta.json.JsonArray>json(Simulator.control("GET", "/accounts/" + accountId + "/calls", null))
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("method").equalsIgnoreCase(method)
                        && c.getString("path").equalsIgnoreCase(dearPath))
                .filter(c -> queryPart == null
                        || c.getString("query", "").toLowerCase().contains(queryPart.toLowerCase()))
                .count();
    }

    private static JsonArrayBuilder lines(Object... skuQuantity) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < skuQuantity.length; i += 2) {
            lines.add(Json.createObjectBuilder().add("sku", String.valueOf(skuQuantity[i]))
                    .add("quantity", new BigDecimal(String.valueOf(skuQuantity[i + 1]))));
        }
        return lines;
    }
}
