package io.dearbridge.simulator.api;

import static io.dearbridge.simulator.TestSim.ACCOUNT;
import static io.dearbridge.simulator.TestSim.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsAndRoutingTest {

    private final TestSim sim = new TestSim();

    @Test
    void wrongKeyIs403IncorrectCredentialsAsPlainText() {
        DearResponse r = sim.callAs(ACCOUNT, "33333333-3333-3333-3333-333333333333", "GET", "me", Map.of(), null);
        assertEquals(403, r.status());
        assertTrue(r.plainText());
        assertEquals("Incorrect credentials!", r.body());
    }

    @Test
    void missingOrUnknownAccountIs403() {
        assertEquals(403, sim.callAs(null, KEY, "GET", "me", Map.of(), null).status());
        assertEquals(403, sim.callAs(ACCOUNT, null, "GET", "me", Map.of(), null).status());
        assertEquals(403, sim.callAs("99999999-1111-1111-1111-111111111111", KEY, "GET", "me", Map.of(), null)
                .status());
    }

    @Test
    void goodCredentialsReachMe() {
        DearResponse r = sim.get("me");
        assertEquals(200, r.status());
        assertEquals("Test Co", TestSim.obj(r).get("Company"));
    }

    @Test
    void secondApplicationKeyIsAccepted() {
        sim.space().account().addKey("44444444-4444-4444-4444-444444444444");
        assertEquals(200, sim.callAs(ACCOUNT, "44444444-4444-4444-4444-444444444444", "GET", "me", Map.of(), null)
                .status());
    }

    @Test
    void unknownEndpointIs404() {
        assertEquals(404, sim.get("Products").status());
    }

    @Test
    void unsupportedVerbIs403ByDefaultAnd405WhenConfigured() {
        assertEquals(403, sim.call("POST", "saleList", Map.of(), Map.of()).status());
        sim.space().updateSettings(Map.of("unsupportedVerbStatus", 405));
        DearResponse r = sim.call("POST", "saleList", Map.of(), Map.of());
        assertEquals(405, r.status());
        assertEquals(405, TestSim.obj(r).get("ErrorCode"));
    }

    @Test
    void pathsMatchCaseInsensitivelyAndAreLogged() {
        assertEquals(200, sim.get("SaleList").status());
        var calls = sim.space().calls().since(0);
        assertEquals("saleList", calls.get(calls.size() - 1).path());
        assertEquals(200, calls.get(calls.size() - 1).status());
    }

    @Test
    void unknownSaleIsA400ErrorModel() {
        DearResponse r = sim.get("sale", "ID", "8c4e2b7a-1d3f-4a6b-9e05-2f7c8d9a0b13");
        assertEquals(400, r.status());
        assertEquals(400, TestSim.obj(r).get("ErrorCode"));
    }
}
