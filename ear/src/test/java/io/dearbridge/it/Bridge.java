package io.dearbridge.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** The bridge's own HTTP surface, as the warehouse and DEAR use it. */
public final class Bridge {

    static final String WEBHOOKS = "/bridge/api/dear/" + Demo.ACCOUNT + "/webhooks/";

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

    static HttpResponse<String> get(String path) {
        return Http.send(Http.asUser(path, "warehouse", Demo.PASSWORD).GET());
    }

    /** The order for a DEAR order number, or null while the bridge has none. */
    static JsonObject orderByNumber(String saleOrderNumber) {
        HttpResponse<String> response = get("/bridge/api/v1/orders?saleOrderNumber=" + saleOrderNumber);
        if (response.statusCode() != 200) {
            throw new AssertionError("order list answered " + response.statusCode() + ": " + response.body());
        }
        JsonArray items = Http.<JsonObject>json(response).getJsonArray("items");
        return items.isEmpty() ? null : items.getJsonObject(0);
    }

    static JsonObject orderByNumber(String saleOrderNumber, String status) {
        JsonObject order = orderByNumber(saleOrderNumber);
        return order != null && order.getString("status").equals(status) ? order : null;
    }

    static List<JsonObject> list(JsonArray array) {
        return array.getValuesAs(JsonObject.class);
    }
}
