package io.dearbridge.domain.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderingKeyTest {

    @Test
    void anOrdersKeyLeadsBackToTheOrder() {
        assertEquals("order:42", OrderingKey.ofOrder(42));
        assertEquals(Optional.of(42L), OrderingKey.orderOf(OrderingKey.ofOrder(42)));
    }

    @Test
    void otherKeysBelongToNoOrder() {
        assertEquals(Optional.empty(), OrderingKey.orderOf("account:demo"));
        assertEquals(Optional.empty(), OrderingKey.orderOf("order:x"));
        assertEquals(Optional.empty(), OrderingKey.orderOf(null));
    }

    @Test
    void theSqlCutsTheIdAfterThePrefix() {
        assertEquals("CASE WHEN c.ordering_key LIKE 'order:%' THEN CAST(SUBSTRING(c.ordering_key, 7) AS BIGINT) END",
                OrderingKey.orderIdSql("c.ordering_key"));
        assertEquals("concat('order:', cast(o.id as String))", OrderingKey.ofOrderJpql("o.id"));
    }

    @Test
    void aReceiptsKeyIsNoOrdersAndLeadsBackToTheReceipt() {
        assertEquals("receipt:7", OrderingKey.ofReceipt(7));
        assertEquals(Optional.of(7L), OrderingKey.receiptOf("receipt:7"));
        assertEquals(Optional.empty(), OrderingKey.orderOf("receipt:7"));
        assertEquals(Optional.empty(), OrderingKey.receiptOf("order:7"));
        assertEquals("CASE WHEN k LIKE 'receipt:%' THEN CAST(SUBSTRING(k, 9) AS BIGINT) END",
                OrderingKey.receiptIdSql("k"));
    }
}
