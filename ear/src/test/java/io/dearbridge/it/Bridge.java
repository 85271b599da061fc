package io.dearbridge.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The bridge's own HTTP surface, as the warehouse and DEAR use it. */
public final class Bridge {

    public static final String WEBHOOKS = "/bridge/api/dear/" + Demo.ACCOUNT + "/webhooks/";
    public static final String API = "/bridge/api/v1/";

    private Bridge() {
    }

    public static HttpResponse<String> postWebhook(String type, String body) {
        return Http.send(Http.request(WEBHOOKS + type)
                .header("Authorization", "Bearer " + Demo.WEBHOOK_SECRET)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String salePayload(String saleId, String orderNumber) {
        return "{\"SaleID\":\"" + saleId + "\",\"SaleOrderNumber\":\"" + orderNumber + "\"}";
    }

    /** A GET as the warehouse user. */
    public static HttpResponse<String> get(String path) {
        return Http.send(Http.asUser(path, "warehouse", Demo.PASSWORD).GET());
    }

    /** A warehouse API call ({@code path} under /bridge/api/v1/) as the given user; headers as name, value, .... */
    public static HttpResponse<String> api(String user, String method, String path, String json, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", Http.basic(user, Demo.PASSWORD)));
        all.addAll(List.of(headers));
        return Http.send(method, API + path, json, all.toArray(String[]::new));
    }

    /** A warehouse API call as the warehouse user. */
    public static HttpResponse<String> warehouse(String method, String path, String json, String... headers) {
        return api("warehouse", method, path, json, headers);
    }

    /** The order for a DEAR order number, or null while the bridge has none. */
    public static JsonObject orderByNumber(String saleOrderNumber) {
        HttpResponse<String> response = get(API + "orders?saleOrderNumber=" + saleOrderNumber);
        if (response.statusCode() != 200) {
            throw new AssertionError("order list answered " + response.statusCode() + ": " + response.body());
        }
        JsonArray items = Http.<JsonObject>json(response).getJsonArray("items");
        return items.isEmpty() ? null : items.getJsonObject(0);
    }

    public static JsonObject orderByNumber(String saleOrderNumber, String status) {
        JsonObject order = orderByNumber(saleOrderNumber);
        return order != null && order.getString("status").equals(status) ? order : null;
    }

    public static JsonObject order(long id) {
        return Http.json(warehouse("GET", "orders/" + id, null));
    }

    /** Waits until the bridge has imported the sale (as the simulator answered its creation); answers the order. */
    public static JsonObject importedOrder(JsonObject sale) {
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        return Await.await("order " + number, () -> orderByNumber(number));
    }

    /** Waits until the order has the status; answers it. */
    public static JsonObject awaitOrderStatus(long id, String status) {
        return Await.await("order " + id + " " + status, () -> {
            JsonObject order = order(id);
            return status.equals(order.getString("status")) ? order : null;
        });
    }

    public static List<JsonObject> list(JsonArray array) {
        return array.getValuesAs(JsonObject.class);
    }
}
