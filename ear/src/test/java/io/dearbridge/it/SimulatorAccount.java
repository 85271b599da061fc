package io.dearbridge.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** One simulated DEAR account through the simulator's control API: settings, faults, sales and its call log. */
public final class SimulatorAccount {

    private final String accountId;

    public SimulatorAccount(String accountId) {
        this.accountId = accountId;
    }

    private String path(String tail) {
        return "/accounts/" + accountId + tail;
    }

    public void settings(String json) {
        Simulator.control("PUT", path("/settings"), json);
    }

    /** DEAR answers the next {@code count} matching calls with {@code status}, inside a 200 when {@code with200}. */
    public void fault(int count, int status, String method, String path, boolean with200, String body) {
        var fault = Json.createObjectBuilder().add("count", count).add("status", status).add("method", method)
                .add("path", path).add("with200", with200);
        if (body != null) {
            fault.add("body", body);
        }
        Simulator.control("POST", path("/faults"), fault.build().toString());
    }

    public JsonObject createSale(String json) {
        return Http.json(Simulator.control("POST", path("/sales"), json));
    }

    /** A DEAR user's action on a sale of this account (pick, pack, ship, void, ...), with the webhooks it fires. */
    public JsonObject act(String saleId, String action) {
        return Http.json(Simulator.control("POST", path("/sales/" + saleId + "/" + action), "{}"));
    }

    /** The sale as DEAR holds it, read through the control API (not a DEAR call). */
    public JsonObject sale(String saleId) {
        return Http.json(Simulator.control("GET", path("/sales/" + saleId), null));
    }

    public JsonArray calls() {
        return Http.json(Simulator.control("GET", path("/calls"), null));
    }

    public void clearCalls() {
        Simulator.control("DELETE", path("/calls"), null);
    }

    /** Calls of a method and path answered with the given status. */
    public long count(String method, String path, int status) {
        return calls().getValuesAs(JsonObject.class).stream()
                .filter(c -> method.equals(c.getString("method")) && path.equalsIgnoreCase(c.getString("path"))
                        && c.getInt("status") == status)
                .count();
    }

    /** Calls DEAR refused for the rate (503 or 429). */
    public long throttled() {
        return calls().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("status") == 503 || c.getInt("status") == 429).count();
    }
}
