package io.dearbridge.domain.outbox;

import java.util.Optional;

/**
 * The ordering key of an order's outbox commands, {@code order:<id>}. Every DEAR write about one order (its
 * fulfilment pushes, a return's credit note or restock) shares it, so they leave one at a time in the order they were
 * queued: adding a fulfilment depends on every earlier pick (docs/dear-api.md §4.5), and a credit note waits behind
 * the pushes of its order. The key's shape is written here only; queries that link a key to its order use the SQL and
 * JPQL expressions below.
 */
public final class OrderingKey {

    private static final String ORDER = "order:";
    /** A receipt's writes (its arrivals, then its supplier returns), in the order the warehouse recorded them. */
    private static final String RECEIPT = "receipt:";

    private OrderingKey() {
    }

    public static String ofOrder(long orderId) {
        return ORDER + orderId;
    }

    /** The order a key belongs to; empty for a key that is not an order's. */
    public static Optional<Long> orderOf(String key) {
        return idOf(key, ORDER);
    }

    /** The key of a receipt's commands: a supplier return leaves after the arrivals that received its goods. */
    public static String ofReceipt(long receiptId) {
        return RECEIPT + receiptId;
    }

    /** The receipt a key belongs to; empty for a key that is not a receipt's. */
    public static Optional<Long> receiptOf(String key) {
        return idOf(key, RECEIPT);
    }

    /** SQL (H2 and PostgreSQL): the receipt id in a key column, NULL when the key is not a receipt's. */
    public static String receiptIdSql(String keyColumn) {
        return "CASE WHEN " + keyColumn + " LIKE '" + RECEIPT + "%' THEN CAST(SUBSTRING(" + keyColumn + ", "
                + (RECEIPT.length() + 1) + ") AS BIGINT) END";
    }

    private static Optional<Long> idOf(String key, String prefix) {
        if (key == null || !key.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SQL (H2 and PostgreSQL): the order id in a key column, NULL when the key is not an order's. */
    public static String orderIdSql(String keyColumn) {
        return "CASE WHEN " + keyColumn + " LIKE '" + ORDER + "%' THEN CAST(SUBSTRING(" + keyColumn + ", "
                + (ORDER.length() + 1) + ") AS BIGINT) END";
    }

    /** JPQL: the key of the order whose id is {@code orderIdPath}. */
    public static String ofOrderJpql(String orderIdPath) {
        return "concat('" + ORDER + "', cast(" + orderIdPath + " as String))";
    }
}
