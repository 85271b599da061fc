package io.dearbridge.it.returns;

import static io.dearbridge.it.Await.await;
import static io.dearbridge.it.Bridge.warehouse;
import static io.dearbridge.it.Simulator.act;
import static io.dearbridge.it.Simulator.callsSince;
import static io.dearbridge.it.Simulator.lastSeq;
import static io.dearbridge.it.returns.Desk.creditNotes;
import static io.dearbridge.it.returns.Desk.returnOf;
import static io.dearbridge.it.returns.Desk.returnsOf;
import static io.dearbridge.it.returns.Desk.shippedSale;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import io.dearbridge.it.returns.Desk.Sale;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bean Validation on the returns API's bodies (a receipt and a dock return share one): each field one longer
 * than its column in {@code return_received_line}, a quantity of zero or less, with too many decimals or digits,
 * each missing required field, an unknown condition, and a missing, empty or oversized line list answer 400
 * problem+json naming the field, and nothing is stored: no return, no received line, no outbox command, no
 * Idempotency-Key record, no timeline line, no credit note written to DEAR. Several violations come back
 * together in one answer, and OpenAPI shows the limits.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnsValidationIT {

    private static final String STOVE = "STOVE-GAS-01";
    private static final String SKU_101 = "S".repeat(101);
    private static final String LOCATION_257 = "L".repeat(257);
    private static final String RETURNS = "Main Warehouse: RETURNS";
    private static final int MAX_LINES = 1000;

    /** A refused body and what the answer must say: the field's path with the start of its message. */
    private record Case(String names, String body) {
    }

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    @AfterEach
    void calmDear() {
        Simulator.calm();
    }

    /** A line with the given fields; a null field is left out of the JSON, a quantity is written as given. */
    private static String line(String sku, String quantity, String condition, String location) {
        List<String> fields = new ArrayList<>();
        if (sku != null) {
            fields.add("\"sku\": \"" + sku + "\"");
        }
        if (quantity != null) {
            fields.add("\"quantity\": " + quantity);
        }
        if (condition != null) {
            fields.add("\"condition\": \"" + condition + "\"");
        }
        if (location != null) {
            fields.add("\"location\": \"" + location + "\"");
        }
        return "{" + String.join(", ", fields) + "}";
    }

    private static String lines(String... lines) {
        return "{\"lines\": [" + String.join(", ", lines) + "]}";
    }

    private static final String GOOD = line(STOVE, "1", "RESTOCK", RETURNS);

    private static final List<Case> CASES = List.of(
            new Case("lines[0].sku: size must be between 0 and 100", lines(line(SKU_101, "1", "WRITE_OFF", null))),
            new Case("lines[0].location: size must be between 0 and 256",
                    lines(line(STOVE, "1", "RESTOCK", LOCATION_257))),
            new Case("lines[1].location: size must be between 0 and 256",
                    lines(GOOD, line(STOVE, "1", "RESTOCK", LOCATION_257))),
            new Case("lines[0].quantity: must be greater than 0", lines(line(STOVE, "-1", "WRITE_OFF", null))),
            new Case("lines[0].quantity: must be greater than 0", lines(line(STOVE, "0", "WRITE_OFF", null))),
            new Case("lines[0].quantity: numeric value out of bounds",
                    lines(line(STOVE, "1.00001", "RESTOCK", RETURNS))),
            new Case("lines[0].quantity: numeric value out of bounds",
                    lines(line(STOVE, "1234567890123456", "RESTOCK", RETURNS))),
            new Case("lines[0].quantity: must be less than 1000000000",
                    lines(line(STOVE, "1000000000", "RESTOCK", RETURNS))),
            new Case("lines[0].sku: sku is required", lines(line(null, "1", "WRITE_OFF", null))),
            new Case("lines[0].sku: sku is required", lines(line("  ", "1", "WRITE_OFF", null))),
            new Case("lines[0].quantity: quantity is required", lines(line(STOVE, null, "WRITE_OFF", null))),
            new Case("lines[0].condition: condition is required", lines(line(STOVE, "1", null, RETURNS))),
            new Case("lines[0].condition: is unknown", lines(line(STOVE, "1", "BROKEN", RETURNS))),
            new Case("lines: lines are required", "{}"),
            new Case("lines: lines are required", "{\"lines\": []}"),
            new Case("a line is required", "{\"lines\": [null]}"),
            new Case("lines: at most " + MAX_LINES + " lines",
                    lines(Collections.nCopies(MAX_LINES + 1, line(STOVE, "0.001", "WRITE_OFF", null))
                            .toArray(String[]::new))));

    @Test
    void eachBadFieldOfAReceiptOrADockReturnIs400AndNothingIsStored() {
        Sale sale = shippedSale("[{\"sku\": \"" + STOVE + "\", \"quantity\": 3, \"price\": 59.95}]");
        // A freshly deployed bridge subscribes after start; a note authorised before that would fire no webhook.
        Simulator.awaitSubscribed("Sale/CreditNoteAuthorised");
        act(sale.saleId(), "creditnote", "{\"lines\": [{\"sku\": \"" + STOVE + "\", \"quantity\": 2}]}");
        long expected = await("expected return of " + sale.number(), () -> returnsOf(sale.number()).stream()
                .filter(r -> "EXPECTED".equals(r.getString("status"))).findFirst()
                .map(r -> r.getJsonNumber("id").longValue()).orElse(null));
        Stored before = Stored.of(sale);
        long seq = lastSeq();

        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            String key = "valid-" + sale.orderId() + "-" + i;
            checks.add(() -> refused(c, "returns/" + expected + "/receipts", key + "-receipt"));
            checks.add(() -> refused(c, "orders/" + sale.orderId() + "/returns", key + "-dock"));
        }
        assertAll(checks);

        assertEquals(before, Stored.of(sale), "nothing stored");
        assertEquals("EXPECTED", returnOf(expected).getString("status"));
        assertEquals(0, ItDatabase.count("select count(*) from return_received_line where return_id = ?", expected),
                "nothing received");
        assertEquals(0, ItDatabase.count("select count(*) from idempotent_request where idem_key like ?",
                "valid-" + sale.orderId() + "-%"), "no Idempotency-Key recorded: a corrected body may reuse it");
        assertEquals(0, Simulator.count(callsSince(seq), "POST", "sale/creditnote", null), "DEAR was not written to");
        assertEquals(1, creditNotes(sale.saleId()).size(), "DEAR has only its own credit note");
    }

    @Test
    void allViolationsComeBackInOneAnswer() {
        Sale sale = shippedSale("[{\"sku\": \"" + STOVE + "\", \"quantity\": 3, \"price\": 59.95}]");
        Stored before = Stored.of(sale);
        HttpResponse<String> answer = warehouse("POST", "orders/" + sale.orderId() + "/returns",
                lines(line(SKU_101, "1.00001", "BROKEN", LOCATION_257), line(null, null, "WRITE_OFF", null)));
        assertProblem(answer, "lines[0].sku: size");
        for (String named : List.of("lines[0].quantity: numeric value out of bounds", "lines[0].condition: is unknown",
                "lines[0].location: size", "lines[1].sku: sku is required", "lines[1].quantity: quantity is required")) {
            assertTrue(answer.body().contains(named), named + ": " + answer.body());
        }
        assertEquals(before, Stored.of(sale), "nothing stored");
    }

    @Test
    void aValidBodyIsStillAccepted() {
        // The limits are exact: a field as long as its column, four decimals and a lower-case condition pass. Written
        // off, so the long location is only stored: a restock location must also be one the location-map knows.
        Sale sale = shippedSale("[{\"sku\": \"" + STOVE + "\", \"quantity\": 3, \"price\": 59.95}]");
        HttpResponse<String> answer = warehouse("POST", "orders/" + sale.orderId() + "/returns",
                lines(line(STOVE, "1.0005", " write_off ", "L".repeat(256))));
        assertEquals(202, answer.statusCode(), answer.body());
        assertEquals(1, ItDatabase.count("select count(*) from return_received_line l join warehouse_return r"
                + " on r.id = l.return_id where r.order_id = ? and l.location = ?", sale.orderId(), "L".repeat(256)));
    }

    @Test
    void openApiShowsTheLimits() {
        JsonObject schemas = Http.<JsonObject>json(Http.get(Http.BASE + "/openapi?format=JSON"))
                .getJsonObject("components").getJsonObject("schemas");
        JsonObject line = schemas.getJsonObject("ReturnLine");
        JsonObject properties = line.getJsonObject("properties");
        assertEquals(100, properties.getJsonObject("sku").getInt("maxLength"), line.toString());
        assertEquals(256, properties.getJsonObject("location").getInt("maxLength"), line.toString());
        assertEquals("\\s*(RESTOCK|WRITE_OFF)\\s*", properties.getJsonObject("condition").getString("pattern"),
                line.toString());
        JsonObject quantity = properties.getJsonObject("quantity");
        assertEquals(0, quantity.getInt("exclusiveMinimum"), line.toString());
        assertEquals("^\\d{1,15}([.]\\d{1,4})?$", quantity.getString("pattern"), "@Digits(15, 4): " + line);
        assertTrue(line.getJsonArray("required").toString().contains("quantity"), line.toString());
        JsonObject lines = schemas.getJsonObject("ReturnLines").getJsonObject("properties").getJsonObject("lines");
        assertEquals(1, lines.getInt("minItems"), lines.toString());
        assertEquals(MAX_LINES, lines.getInt("maxItems"), lines.toString());
    }

    private static void refused(Case c, String path, String idempotencyKey) {
        HttpResponse<String> answer = warehouse("POST", path, c.body(), "Idempotency-Key", idempotencyKey);
        assertProblem(answer, c.names());
    }

    private static void assertProblem(HttpResponse<String> answer, String names) {
        String what = answer.uri().getPath() + " " + names;
        assertEquals(400, answer.statusCode(), what + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                what);
        assertTrue(answer.body().contains(names), what + " named: " + answer.body());
    }

    /** What a refused request must not change on the order. */
    private record Stored(long returns, long receivedLines, long commands, long warehouseTimeline) {

        static Stored of(Sale sale) {
            return new Stored(
                    ItDatabase.count("select count(*) from warehouse_return where order_id = ?", sale.orderId()),
                    ItDatabase.count("select count(*) from return_received_line l join warehouse_return r"
                            + " on r.id = l.return_id where r.order_id = ?", sale.orderId()),
                    ItDatabase.count("select count(*) from outbox_command where ordering_key = ?",
                            "order:" + sale.orderId()),
                    // Only the warehouse's own lines: DEAR's webhooks may add theirs meanwhile.
                    ItDatabase.count("select count(*) from order_timeline where order_id = ? and source = 'WAREHOUSE'",
                            sale.orderId()));
        }
    }
}
