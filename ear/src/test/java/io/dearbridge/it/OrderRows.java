package io.dearbridge.it;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The rows a warehouse order owns in the bridge's database: its outbox commands and fulfilment records. */
public final class OrderRows {

    private OrderRows() {
    }

    static String orderingKey(long orderId) {
        return "order:" + orderId;
    }

    /** The order's outbox commands as TYPE=STATUS, in the order they were written. */
    public static List<String> commands(long orderId) {
        return ItDatabase.query("select command_type, status from outbox_command where ordering_key = ? order by id",
                row -> row.getString(1) + "=" + row.getString(2), orderingKey(orderId));
    }

    /** The ids of the order's outbox commands, in the order they were written. */
    public static List<Long> commandIds(long orderId) {
        return ItDatabase.query("select id from outbox_command where ordering_key = ? order by id",
                row -> row.getLong(1), orderingKey(orderId));
    }

    /** When a command is (or was, before it was held) due to be tried again. */
    public static Instant nextAttemptAt(long commandId) {
        List<OffsetDateTime> at = ItDatabase.query("select next_attempt_at from outbox_command where id = ?",
                row -> row.getObject(1, OffsetDateTime.class), commandId);
        return at.isEmpty() || at.get(0) == null ? null : at.get(0).toInstant();
    }

    /** The warehouse's pick, pack and ship records of the order. */
    public static long records(long orderId) {
        return ItDatabase.count("select count(*) from fulfilment_record r join fulfilment f on f.id = r.fulfilment_id"
                + " where f.order_id = ?", orderId);
    }

    /** Waits until every command of the order is SENT; answers the command list. */
    public static List<String> allSent(long orderId) {
        return Await.await("all commands of order " + orderId + " SENT", () -> {
            List<String> commands = commands(orderId);
            return !commands.isEmpty() && commands.stream().allMatch(c -> c.endsWith("=SENT")) ? commands : null;
        });
    }
}
