package io.dearbridge.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.domain.sync.FailureKind;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnstorableSaleTest {

    @Test
    void aValueTheDatabaseRefusesIsPermanentAndNamesTheColumn() {
        SQLException tooLong = new SQLException("Value too long for column \"SHIPPING_NOTES CHARACTER VARYING(2000)\"",
                "22001");
        RuntimeException wrapped = new RuntimeException("rolled back", new IllegalStateException("flush", tooLong));

        var failure = UnstorableSale.of(wrapped).orElseThrow();

        assertEquals(FailureKind.PERMANENT, failure.kind());
        assertTrue(failure.message().contains("SHIPPING_NOTES"), failure.message());
    }

    @Test
    void aLostRaceOrAnOutageStaysForARetry() {
        assertTrue(UnstorableSale.of(new RuntimeException(new SQLException("duplicate key", "23505"))).isEmpty());
        assertTrue(UnstorableSale.of(new RuntimeException(new SQLException("connection refused", "08001"))).isEmpty());
        assertTrue(UnstorableSale.of(new IllegalStateException("no cause")).isEmpty());
    }
}
