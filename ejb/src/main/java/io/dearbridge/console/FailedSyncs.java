package io.dearbridge.console;

import io.dearbridge.account.CallerAccounts;
import io.dearbridge.domain.outbox.OrderingKey;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The failed-sync list: inbox events and outbox commands that are FAILED, HELD or RETRY, and those WAITING without a
 * failed attempt (for DEAR's budget, an earlier event or a purchase's invoice; shown only when asked for), across accounts,
 * filtered, sorted and paged in the database (one SQL over both tables, written for H2 and PostgreSQL alike).
 * Plain JDBC because the list is a union of two tables with an order lookup each, which JPQL cannot express.
 */
@Stateless
@RolesAllowed({"admin", "viewer"})
public class FailedSyncs {

    /** The states the list can show; with no state chosen it shows {@link #TO_ACT_ON}. */
    public static final List<String> STATES = List.of("FAILED", "HELD", "RETRY", "WAITING");

    /** What an operator must act on: the default filter. RETRY and WAITING go on by themselves. */
    public static final List<String> TO_ACT_ON = List.of("FAILED", "HELD");

    /** DEAR's last message, or for an item that waits without one, why it waits. */
    private static final String WAIT_TEXT = "COALESCE(%1$s.last_error, CASE %1$s.waiting_for"
            + " WHEN 'DEAR_BUDGET' THEN 'Waiting for the account''s DEAR call budget'"
            + " WHEN 'EARLIER_EVENT' THEN 'Waiting for an earlier event of the same DEAR document'"
            + " WHEN 'DEAR_INVOICE' THEN 'Waiting for the purchase''s invoice to be authorised in DEAR' END)";

    private static final String UNION = "SELECT * FROM ("
            + " SELECT 'INBOX' AS side, e.id, e.updated_at AS at, e.account_code, e.document_number AS doc_number,"
            + " e.event_type AS type, CASE WHEN e.status = 'RECEIVED' THEN 'WAITING' ELSE e.status END AS status,"
            + " e.attempts, e.last_http_status, " + WAIT_TEXT.formatted("e") + " AS last_error, e.next_attempt_at,"
            + " o.id AS order_id"
            + " FROM inbox_event e LEFT JOIN warehouse_order o ON o.account_code = e.account_code"
            + " AND e.document_kind = 'SALE' AND o.sale_id = e.document_id"
            + " WHERE e.status IN ('FAILED', 'RETRY') OR (e.status = 'RECEIVED' AND e.waiting_for IS NOT NULL)"
            + " UNION ALL"
            + " SELECT 'OUTBOX', c.id, c.updated_at, c.account_code,"
            // A receipt's push (receiving) names its purchase order, as a sale's push names its sale order.
            + " COALESCE(o.sale_order_number, r.order_number), c.command_type,"
            + " CASE WHEN c.status = 'PENDING' THEN 'WAITING' ELSE c.status END,"
            + " c.attempts, c.last_http_status, " + WAIT_TEXT.formatted("c") + ", c.next_attempt_at, o.id"
            + " FROM outbox_command c LEFT JOIN warehouse_order o ON o.id = " + OrderingKey.orderIdSql("c.ordering_key")
            + " LEFT JOIN receipt r ON r.id = " + OrderingKey.receiptIdSql("c.ordering_key")
            + " WHERE c.status IN ('FAILED', 'HELD', 'RETRY') OR (c.status = 'PENDING' AND c.waiting_for IS NOT NULL)"
            + ") s";

    /**
     * The same rows without their order or receipt (issue 27: at a million orders, joining each of 10,000 failed syncs
     * to its order cost 50,000 buffers a page): what the count, 'replay all' and every sort but the sale order number
     * read. An inbox event's sale id and an outbox command's order or receipt id are kept for {@link #PAGE_JOIN}. Each
     * side reads only the states asked for, on the raw status, so a count is read from the status index alone.
     */
    private static final String ROWS = "SELECT * FROM ("
            + " SELECT 'INBOX' AS side, e.id, e.updated_at AS at, e.account_code, e.document_number AS doc_number,"
            + " e.event_type AS type, CASE WHEN e.status = 'RECEIVED' THEN 'WAITING' ELSE e.status END AS status,"
            + " e.attempts, e.last_http_status, " + WAIT_TEXT.formatted("e") + " AS last_error, e.next_attempt_at,"
            + " CASE WHEN e.document_kind = 'SALE' THEN e.document_id END AS sale_id,"
            + " CAST(NULL AS BIGINT) AS order_ref, CAST(NULL AS BIGINT) AS receipt_ref"
            + " FROM inbox_event e WHERE {inbox}"
            + " UNION ALL"
            + " SELECT 'OUTBOX', c.id, c.updated_at, c.account_code, CAST(NULL AS VARCHAR(256)), c.command_type,"
            + " CASE WHEN c.status = 'PENDING' THEN 'WAITING' ELSE c.status END,"
            + " c.attempts, c.last_http_status, " + WAIT_TEXT.formatted("c") + ", c.next_attempt_at,"
            + " CAST(NULL AS VARCHAR(64)), " + OrderingKey.orderIdSql("c.ordering_key") + ", "
            + OrderingKey.receiptIdSql("c.ordering_key")
            + " FROM outbox_command c WHERE {outbox}"
            + ") s";

    /**
     * Each listed state by the raw status it stands for on each side (WAITING: that status with a reason to wait, as
     * {@link #UNION} has it); the inbox has no HELD. Constants only: a state asked for is never put into SQL.
     */
    private static final Map<String, String> INBOX_STATES = Map.of("FAILED", "FAILED", "RETRY", "RETRY",
            "WAITING", "RECEIVED");
    private static final Map<String, String> OUTBOX_STATES = Map.of("FAILED", "FAILED", "HELD", "HELD",
            "RETRY", "RETRY", "WAITING", "PENDING");

    /** A cut page of {@link #ROWS} (for {@code {page}}, as {@code s}) joined to its orders and receipts. */
    private static final String PAGE_JOIN = "SELECT s.side, s.id, s.at, s.account_code,"
            + " COALESCE(s.doc_number, oo.sale_order_number, r.order_number) AS doc_number, s.type, s.status,"
            + " s.attempts, s.last_http_status, s.last_error, s.next_attempt_at, COALESCE(oi.id, oo.id) AS order_id"
            + " FROM ({page}) s"
            + " LEFT JOIN warehouse_order oi ON oi.account_code = s.account_code AND oi.sale_id = s.sale_id"
            + " LEFT JOIN warehouse_order oo ON oo.id = s.order_ref"
            + " LEFT JOIN receipt r ON r.id = s.receipt_ref";

    /** Sortable columns by the name the page uses; anything else sorts by time. */
    private static final Map<String, String> SORTS = Map.of(
            "at", "s.at", "account", "s.account_code", "saleOrderNumber", "s.doc_number", "kind", "s.type",
            "type", "s.type", "state", "s.status", "attempts", "s.attempts", "nextAttemptAt", "s.next_attempt_at");

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    CallerAccounts callerAccounts;

    public long count(SyncFilter filter) {
        Where where = where(filter);
        return query("SELECT COUNT(*) FROM (" + rowsFor(filter) + where.sql + ") n", where.parameters, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    /** One page; {@code sortField} is one of the list's column names, newest first when none is given. */
    public List<SyncRow> page(SyncFilter filter, int first, int size, String sortField, boolean ascending) {
        Where where = where(filter);
        String column = SORTS.getOrDefault(sortField == null ? "" : sortField, "s.at");
        boolean asc = sortField != null && SORTS.containsKey(sortField) && ascending;
        String direction = asc ? " ASC" : " DESC";
        String order = " ORDER BY " + column + direction + ", s.side" + direction + ", s.id" + direction;
        String cut = " LIMIT " + Math.max(1, Math.min(size, 500)) + " OFFSET " + Math.max(0, first);
        // The sale order number (an outbox row's comes from its order) and the text filter need every row joined
        // first; any other sort is sorted and cut first, and only the page's rows are joined.
        String sql = needsOrders(filter) || "s.doc_number".equals(column) ? UNION + where.sql + order + cut
                : PAGE_JOIN.replace("{page}", rowsFor(filter) + where.sql + order + cut) + order;
        return query(sql, where.parameters, rows -> {
            List<SyncRow> page = new ArrayList<>();
            while (rows.next()) {
                page.add(row(rows));
            }
            return page;
        });
    }

    /** Every sync the filter matches, as references (the 'replay all that match' action). */
    public List<SyncRef> refs(SyncFilter filter) {
        Where where = where(filter);
        return query("SELECT s.side, s.id FROM (" + rowsFor(filter) + where.sql + ") s ORDER BY s.id", where.parameters, rows -> {
            List<SyncRef> refs = new ArrayList<>();
            while (rows.next()) {
                refs.add(new SyncRef(SyncSide.valueOf(rows.getString(1)), rows.getLong(2)));
            }
            return refs;
        });
    }

    public Optional<SyncRow> find(SyncRef ref) {
        List<Object> parameters = new ArrayList<>(List.of(ref.side().name(), ref.id()));
        Where where = new Where(" WHERE s.side = ? AND s.id = ? AND "
                + callerAccounts.scope().sql("s.account_code", parameters), parameters);
        return query(UNION + where.sql, where.parameters, rows -> rows.next() ? Optional.of(row(rows)) : Optional.empty());
    }

    /** The accounts that have something in the list, for the filter. */
    public List<String> accounts() {
        List<Object> parameters = new ArrayList<>();
        String scope = callerAccounts.scope().sql("s.account_code", parameters);
        return query("SELECT DISTINCT s.account_code FROM (" + rows(STATES) + ") s WHERE " + scope + " ORDER BY s.account_code",
                parameters, rows -> {
            List<String> accounts = new ArrayList<>();
            while (rows.next()) {
                accounts.add(rows.getString(1));
            }
            return accounts;
        });
    }

    /** Only the text filter reads the sale order number, which an outbox row takes from its order or receipt. */
    private static boolean needsOrders(SyncFilter filter) {
        return filter.text() != null;
    }

    private static String rowsFor(SyncFilter filter) {
        return needsOrders(filter) ? UNION : rows(filter.state() == null ? TO_ACT_ON : List.of(filter.state()));
    }

    /** {@link #ROWS} of those states only (the filter on {@code s.status} stays; this narrows each side's read). */
    private static String rows(List<String> states) {
        // replace, not format: the SQL holds LIKE patterns with '%'.
        return ROWS.replace("{inbox}", sides("e", states, INBOX_STATES))
                .replace("{outbox}", sides("c", states, OUTBOX_STATES));
    }

    /** One side's condition: its plain states as one IN list (an index range, as 'x = a OR x = b' is not). */
    private static String sides(String side, List<String> states, Map<String, String> raw) {
        List<String> read = new ArrayList<>();
        List<String> plain = states.stream().filter(raw::containsKey).filter(state -> !"WAITING".equals(state))
                .map(state -> "'" + raw.get(state) + "'").toList();
        if (!plain.isEmpty()) {
            read.add(side + ".status IN (" + String.join(", ", plain) + ")");
        }
        if (states.contains("WAITING")) {
            read.add("(" + side + ".status = '" + raw.get("WAITING") + "' AND " + side + ".waiting_for IS NOT NULL)");
        }
        return read.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", read) + ")";
    }

    private static SyncRow row(ResultSet rows) throws SQLException {
        Integer http = (Integer) rows.getObject("last_http_status", Integer.class);
        long orderId = rows.getLong("order_id");
        Long order = rows.wasNull() ? null : orderId;
        return new SyncRow(new SyncRef(SyncSide.valueOf(rows.getString("side")), rows.getLong("id")),
                instant(rows, "at"), rows.getString("account_code"), rows.getString("doc_number"),
                rows.getString("type"), rows.getString("status"), rows.getInt("attempts"), http,
                rows.getString("last_error"), instant(rows, "next_attempt_at"), order);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The filter's conditions, always narrowed to the operator's accounts. */
    private Where where(SyncFilter filter) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        and(sql).append(callerAccounts.scope().sql("s.account_code", parameters));
        if (filter.account() != null) {
            and(sql).append("s.account_code = ?");
            parameters.add(filter.account());
        }
        if (filter.type() != null) {
            and(sql).append("s.type = ?");
            parameters.add(filter.type());
        }
        if (filter.state() != null) {
            and(sql).append("s.status = ?");
            parameters.add(filter.state());
        } else {
            and(sql).append("s.status IN (" + String.join(", ", TO_ACT_ON.stream().map(st -> "'" + st + "'").toList())
                    + ")");
        }
        if (filter.text() != null) {
            String like = "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            and(sql).append("(LOWER(s.doc_number) LIKE ? ESCAPE '\\' OR LOWER(s.last_error) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(s.type) LIKE ? ESCAPE '\\')");
            parameters.add(like);
            parameters.add(like);
            parameters.add(like);
        }
        return new Where(sql.toString(), parameters);
    }

    private static StringBuilder and(StringBuilder sql) {
        return sql.append(sql.length() == 0 ? " WHERE " : " AND ");
    }

    private <T> T query(String sql, List<Object> parameters, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("failed-sync query: " + e.getMessage(), e);
        }
    }

    private record Where(String sql, List<Object> parameters) {
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
