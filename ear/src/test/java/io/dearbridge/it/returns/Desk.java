package io.dearbridge.it.returns;

import io.dearbridge.it.Await;
import io.dearbridge.it.Bridge;
import io.dearbridge.it.Http;
import io.dearbridge.it.Simulator;
import jakarta.json.JsonObject;
import java.util.List;

/** What the returns tests add to the shared harness: shipped sales, DEAR's credit notes, the returns API. */
final class Desk {

    private Desk() {
    }

    record Sale(String saleId, String number, long orderId) {
    }

    /** A sale authorised in DEAR, shipped there by a DEAR user, and imported by the bridge as SHIPPED. */
    static Sale shippedSale(String linesJson) {
        JsonObject sale = Simulator.authorisedSale(linesJson);
        String saleId = sale.getString("ID");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        Simulator.act(saleId, "pick");
        Simulator.act(saleId, "pack");
        Simulator.act(saleId, "ship");
        long orderId = Await.await("order " + number + " SHIPPED", () -> Bridge.orderByNumber(number, "SHIPPED"))
                .getJsonNumber("id").longValue();
        return new Sale(saleId, number, orderId);
    }

    /** An authorised sale the bridge imported and nobody shipped. */
    static Sale unshippedSale(String linesJson) {
        JsonObject sale = Simulator.authorisedSale(linesJson);
        return new Sale(sale.getString("ID"), sale.getJsonObject("Order").getString("SaleOrderNumber"),
                Bridge.importedOrder(sale).getJsonNumber("id").longValue());
    }

    /** The sale's credit notes as DEAR holds them. */
    static List<JsonObject> creditNotes(String saleId) {
        return Bridge.list(Simulator.dearSale(saleId).getJsonArray("CreditNotes"));
    }

    static JsonObject returnOf(long id) {
        return Http.json(Bridge.warehouse("GET", "returns/" + id, null));
    }

    static List<JsonObject> returnsOf(String saleOrderNumber) {
        return Bridge.list(Http.<JsonObject>json(Bridge.warehouse("GET", "returns?saleOrderNumber=" + saleOrderNumber,
                null)).getJsonArray("items"));
    }

    static JsonObject awaitReturn(long id, String status) {
        return Await.await("return " + id + " " + status, () -> {
            JsonObject r = returnOf(id);
            return status.equals(r.getString("status")) ? r : null;
        });
    }
}
