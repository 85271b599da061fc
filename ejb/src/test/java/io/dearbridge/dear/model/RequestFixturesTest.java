package io.dearbridge.dear.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pick/pack/ship/credit-note request fixtures: they read into the DTOs and the DTOs write DEAR's names. */
class RequestFixturesTest {

    @Test
    void pick() {
        PickPackTask pick = Fixtures.read("pick-request.json", PickPackTask.class);
        assertEquals("8c4e2b7a-1d3f-4a6b-9e05-2f7c8d9a0b13", pick.taskId());
        assertEquals("AUTHORISED", pick.status());
        assertEquals(2, pick.lines().size());
        StockLine tent = pick.lines().get(0);
        assertEquals("e1d2c3b4-a5f6-4789-8abc-def012345678", tent.productId());
        assertEquals("TENT-2P-GRN", tent.sku());
        assertEquals("Main Warehouse: A-03-02", tent.location());
        assertNull(tent.locationId());
        assertEquals(new BigDecimal("2"), tent.quantity());
        StockLine stove = pick.lines().get(1);
        assertEquals("19aeca31-bd49-4fbe-8abd-37a6169cc2cb", stove.locationId());
        assertEquals("LOT-2411-07", stove.batchSn());
        assertEquals(Instant.parse("2027-11-30T00:00:00Z"), stove.expiryDate());
    }

    @Test
    void pack() {
        PickPackTask pack = Fixtures.read("pack-request.json", PickPackTask.class);
        assertEquals("CTN-1", pack.lines().get(0).box());
        assertEquals("CTN-2", pack.lines().get(1).box());
        assertNull(pack.lines().get(1).warrantyRegistrationNumber());
    }

    @Test
    void ship() {
        ShipTask ship = Fixtures.read("ship-request.json", ShipTask.class);
        assertEquals("8c4e2b7a-1d3f-4a6b-9e05-2f7c8d9a0b13", ship.taskId());
        assertEquals("AUTHORISED", ship.status());
        assertNull(ship.requireBy());
        assertEquals("Unit 4", ship.shippingAddress().line1());
        assertEquals(2, ship.lines().size());
        ShipLine first = ship.lines().get(0);
        assertEquals(Instant.parse("2025-03-11T00:00:00Z"), first.shipmentDate());
        assertEquals("StarTrack", first.carrier());
        assertEquals("CTN-1", first.box());
        assertEquals("CTN-1", first.boxName());
        assertEquals("AB1234567890AU", first.trackingNumber());
        assertEquals("", first.trackingUrl());
        assertTrue(first.shipped());
    }

    @Test
    void creditNote() {
        CreditNote note = Fixtures.read("creditnote-request.json", CreditNote.class);
        assertEquals("3f2a9c1e-7b4d-4e8a-9f21-6c0d5a7e1b42", note.saleId());
        assertEquals(CreditNote.NEW_TASK, note.taskId());
        assertFalse(note.combineAdditionalCharges());
        assertEquals("INV-01377", note.creditNoteInvoiceNumber());
        assertEquals("RMA-5521: 1 stove returned unused", note.memo());
        assertEquals("AUTHORISED", note.status());
        assertEquals(Instant.parse("2025-03-24T00:00:00Z"), note.creditNoteDate());
        assertEquals(0, BigDecimal.ONE.compareTo(note.creditNoteConversionRate()));
        CreditNoteLine line = note.lines().get(0);
        assertEquals("STOVE-GAS-01", line.sku());
        assertEquals(new BigDecimal("59.95"), line.price());
        assertEquals("200", line.account());
        assertEquals(new BigDecimal("32.97"), line.averageCost());
        assertTrue(note.additionalCharges().isEmpty());
        RestockLine restock = note.restock().get(0);
        assertEquals("Main Warehouse: RETURNS", restock.restockLocation());
        assertEquals("19aeca31-bd49-4fbe-8abd-37a6169cc2cb", restock.restockLocationId());
        assertEquals("LOT-2411-07", restock.batchSn());
    }

    @Test
    void writesDearsNamesAndLeavesNullsOut() throws Exception {
        JsonNode pick = tree(PickPackTask.authorise("T", List.of(
                StockLine.pick("P", "TENT", "Main Warehouse: A-03-02", new BigDecimal("2.0000")))));
        assertEquals("T", pick.get("TaskID").asText());
        assertEquals("AUTHORISED", pick.get("Status").asText());
        JsonNode line = pick.get("Lines").get(0);
        assertEquals("P", line.get("ProductID").asText());
        assertEquals("TENT", line.get("SKU").asText());
        assertEquals("Main Warehouse: A-03-02", line.get("Location").asText());
        assertTrue(DearJson.write(pick.traverse(DearJson.mapper()).readValueAs(PickPackTask.class))
                .contains("\"Quantity\":2"), "quantities are written as plain numbers");
        assertTrue(DearJson.write(StockLine.pick("P", "S", "L", new BigDecimal("1E+1"))).contains("\"Quantity\":10"));
        assertFalse(line.has("LocationID"));
        assertFalse(pick.has("AutoPickMode"));

        JsonNode auto = tree(PickPackTask.autoPick("T"));
        assertEquals("AUTOPICK", auto.get("AutoPickMode").asText());
        assertFalse(auto.has("Status"));

        JsonNode ship = tree(ShipTask.addTrackingNumbers("T", null, null, null, List.of(
                ShipLine.shipped(Instant.parse("2025-03-11T00:00:00Z"), "StarTrack", "CTN-1", "AB1"))));
        assertTrue(ship.get("AddTrackingNumbers").asBoolean());
        JsonNode shipLine = ship.get("Lines").get(0);
        assertEquals("CTN-1", shipLine.get("Box").asText());
        assertFalse(shipLine.has("Boxes"));
        assertEquals("2025-03-11T00:00:00", shipLine.get("ShipmentDate").asText());
        assertTrue(shipLine.get("IsShipped").asBoolean());
    }

    private static JsonNode tree(Object dto) throws Exception {
        return DearJson.mapper().readTree(DearJson.write(dto));
    }
}
