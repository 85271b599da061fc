package io.dearbridge.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickedBatchesTest {

    private static PickedBatches.Batch b(String sku, String batch, int qty) {
        return new PickedBatches.Batch(sku, batch, null, BigDecimal.valueOf(qty));
    }

    @Test
    void aReturnGoesBackUnderTheBatchesItWasPickedFromInPickOrder() {
        PickedBatches picked = new PickedBatches(List.of(b("TENT", "L-1", 2), b("TENT", "L-2", 3), b("STOVE", "S-9", 1)));
        assertEquals(List.of(b("TENT", "L-1", 2), b("TENT", "L-2", 1)), picked.split("tent", BigDecimal.valueOf(3)));
        assertEquals(List.of(b("STOVE", "S-9", 2)), picked.split("STOVE", BigDecimal.valueOf(2)), "the rest with the last");
        assertEquals(List.of(b("MAT", null, 1)), picked.split("MAT", BigDecimal.ONE), "not batch-tracked");
    }

    @Test
    void theWarehousesRecordsComeFirstAndDearsPicksFillTheSkusTheyLack() {
        PickedBatches warehouse = new PickedBatches(List.of(b("TENT", "L-1", 1)));
        PickedBatches dear = new PickedBatches(List.of(b("TENT", "X", 1), b("STOVE", "S-9", 1)));
        PickedBatches merged = warehouse.orElse(dear);
        assertEquals("L-1", merged.split("TENT", BigDecimal.ONE).get(0).batch());
        assertEquals("S-9", merged.split("STOVE", BigDecimal.ONE).get(0).batch());
    }
}
