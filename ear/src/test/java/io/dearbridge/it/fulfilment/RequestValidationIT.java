package io.dearbridge.it.fulfilment;

import static io.dearbridge.it.Bridge.importedOrder;
import static io.dearbridge.it.Bridge.warehouse;
import static io.dearbridge.it.OrderRows.commands;
import static io.dearbridge.it.OrderRows.records;
import static io.dearbridge.it.Simulator.authorisedSale;
import static io.dearbridge.it.Simulator.calm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bean Validation on the warehouse API's bodies: each overlong field (one longer than its column), a negative, below-1
 * or over-precise quantity and a missing required field answers 400 problem+json naming the field, and nothing
 * is stored; several violations come back together in one answer; OpenAPI shows the limits.
 */
@ExtendWith(ArquillianExtension.class)
class RequestValidationIT {

    private static final String LONG_100 = "S".repeat(101);
    private static final String LONG_256 = "x".repeat(257);
    private static final String LONG_1024 = "https://t.example/" + "u".repeat(1024);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    private static String pick(String sku, String quantity, String location, String batch) {
        return "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + ", \"location\": \"" + location
                + "\", \"batch\": \"" + batch + "\"}]}";
    }

    private static String ship(String carrier, String tracking, String url, String box) {
        return "{\"carrier\": \"" + carrier + "\", \"trackingNumber\": \"" + tracking + "\", \"trackingUrl\": \"" + url
                + "\", \"shipDate\": \"2026-11-28\", \"box\": \"" + box + "\"}";
    }

    @Test
    void eachOverlongFieldAndBadQuantityIs400AndNothingIsStored() {
        calm();
        long orderId = importedOrder(authorisedSale("[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"price\": 249}]"))
                .getJsonNumber("id").longValue();
        String loc = "Main Warehouse: A-03-02";
        Map<String, String[]> cases = Map.ofEntries(
                Map.entry("lines[0].sku", new String[] {"picks", pick(LONG_100, "2", loc, "B")}),
                Map.entry("lines[0].location", new String[] {"picks", pick("TENT-2P-GRN", "2", LONG_256, "B")}),
                Map.entry("lines[0].batch", new String[] {"picks", pick("TENT-2P-GRN", "2", loc, LONG_256)}),
                Map.entry("lines[0].quantity", new String[] {"picks", pick("TENT-2P-GRN", "-1", loc, "B")}),
                Map.entry("lines[0].quantity: must be at least 1",
                        new String[] {"picks", pick("TENT-2P-GRN", "0.5", loc, "B")}),
                Map.entry("lines[0].quantity below 1 on a pack", new String[] {"packs", "{\"lines\": [{\"sku\":"
                        + " \"TENT-2P-GRN\", \"quantity\": 0.9999, \"box\": \"Box 1\"}]}"}),
                Map.entry("lines[0].quantity scale", new String[] {"picks", pick("TENT-2P-GRN", "1.00001", loc, "B")}),
                Map.entry("carrier", new String[] {"ship", ship(LONG_256, "T1", "https://t.example", "Box 1")}),
                Map.entry("trackingNumber", new String[] {"ship", ship("StarTrack", LONG_256, "https://t.example", "Box 1")}),
                Map.entry("trackingUrl", new String[] {"ship", ship("StarTrack", "T1", LONG_1024, "Box 1")}),
                Map.entry("box", new String[] {"ship", ship("StarTrack", "T1", "https://t.example", LONG_256)}),
                Map.entry("shipDate", new String[] {"ship", "{\"carrier\": \"StarTrack\"}"}),
                Map.entry("lines: at most 1000", new String[] {"picks", "{\"lines\": ["
                        + String.join(", ", java.util.Collections.nCopies(1001,
                        "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"location\": \"" + loc + "\"}")) + "]}"}));
        cases.forEach((field, call) -> {
            HttpResponse<String> answer = warehouse("POST", "orders/" + orderId + "/" + call[0], call[1]);
            assertEquals(400, answer.statusCode(), field + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    field);
            assertTrue(answer.body().contains(field.split(" ")[0]), field + " named: " + answer.body());
            if (field.contains(":")) {
                assertTrue(answer.body().contains(field), field + " said: " + answer.body());
            }
        });
        assertEquals(0, records(orderId), "no fulfilment record stored");
        assertEquals(List.of(), commands(orderId), "no outbox command queued");
    }

    @Test
    void allViolationsComeBackInOneAnswer() {
        HttpResponse<String> answer = warehouse("POST", "orders/1/ship", ship(LONG_256, LONG_256, LONG_1024, "Box 1"));
        assertEquals(400, answer.statusCode(), answer.body());
        for (String field : List.of("carrier", "trackingNumber", "trackingUrl")) {
            assertTrue(answer.body().contains(field), field + ": " + answer.body());
        }
    }

    @Test
    void openApiShowsTheLimits() {
        // Read per schema and field: other bodies (returns) carry the same lengths, so a text search would pass
        // on theirs alone.
        JsonObject schemas = Http.<JsonObject>json(Http.get(Http.BASE + "/openapi?format=JSON"))
                .getJsonObject("components").getJsonObject("schemas");
        JsonObject line = schemas.getJsonObject("StageLine").getJsonObject("properties");
        assertEquals(100, line.getJsonObject("sku").getInt("maxLength"), line.toString());
        assertEquals(256, line.getJsonObject("location").getInt("maxLength"), line.toString());
        assertEquals(1, line.getJsonObject("quantity").getInt("minimum"), "DEAR's least quantity: " + line);
        assertEquals("^\\d{1,15}([.]\\d{1,4})?$", line.getJsonObject("quantity").getString("pattern"),
                line.toString());
        assertEquals(1000, schemas.getJsonObject("StageLines").getJsonObject("properties").getJsonObject("lines")
                .getInt("maxItems"), "a pick's lines are bounded");
        JsonObject ship = schemas.getJsonObject("ShipIt").getJsonObject("properties");
        assertEquals(256, ship.getJsonObject("carrier").getInt("maxLength"), ship.toString());
        assertEquals(1024, ship.getJsonObject("trackingUrl").getInt("maxLength"), "trackingUrl's limit: " + ship);
        JsonObject tracking = schemas.getJsonObject("Tracking").getJsonObject("properties");
        assertEquals(256, tracking.getJsonObject("trackingNumber").getInt("maxLength"), tracking.toString());
    }
}
