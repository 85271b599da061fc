package io.dearbridge.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RowEstimatesTest {

    @Test
    void aLargeEstimateIsTakenFromTheTopPlanLine() {
        assertEquals(OptionalLong.of(959500), RowEstimates.large(
                "Seq Scan on warehouse_order  (cost=0.00..52389.00 rows=959500 width=4)"));
        assertEquals(OptionalLong.of(100000), RowEstimates.large(
                "Index Only Scan using ix_order_status_id on warehouse_order  (cost=0.42..3.1 rows=100000 width=4)"));
    }

    @Test
    void aSmallEstimateOrAnotherDatabasesPlanMeansCount() {
        assertEquals(OptionalLong.empty(), RowEstimates.large(
                "Index Only Scan using ix_order_stage on warehouse_order o  (cost=0.38..8.39 rows=99999 width=4)"));
        assertEquals(OptionalLong.empty(), RowEstimates.large("SELECT 1 FROM PUBLIC.WAREHOUSE_ORDER /* scan */"));
    }
}
