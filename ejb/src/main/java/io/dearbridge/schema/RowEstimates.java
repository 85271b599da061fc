package io.dearbridge.schema;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * How many rows PostgreSQL's planner expects a query to return, from its statistics: an exact count of a million
 * rows reads them all (issue 27), an estimate costs a plan. Totals that are large anyway use it; small ones are
 * still counted. On another database (H2) there is no estimate and callers count.
 */
@Stateless
public class RowEstimates {

    /** From this many rows on, a total is estimated rather than counted. */
    public static final long ESTIMATE_FROM = 100_000;

    /** The top plan node's row count in EXPLAIN's text: "Seq Scan on t  (cost=0.00..1.00 rows=42 width=4)". */
    private static final Pattern ROWS = Pattern.compile("\\brows=(\\d+)\\b");

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /**
     * The planner's estimate of the rows {@code select} returns (a plain SELECT with {@code ?} parameters), if it is
     * at least {@link #ESTIMATE_FROM}; empty when it is smaller or the database is not PostgreSQL.
     */
    public OptionalLong large(String select, List<?> parameters) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                return OptionalLong.empty();
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + select)) {
                for (int i = 0; i < parameters.size(); i++) {
                    explain.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet plan = explain.executeQuery()) {
                    return plan.next() ? large(plan.getString(1)) : OptionalLong.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("row estimate: " + e.getMessage(), e);
        }
    }

    /** The rows of EXPLAIN's top line if they are at least {@link #ESTIMATE_FROM}. */
    static OptionalLong large(String topPlanLine) {
        Matcher rows = ROWS.matcher(topPlanLine);
        if (!rows.find()) {
            return OptionalLong.empty();
        }
        long estimate = Long.parseLong(rows.group(1));
        return estimate >= ESTIMATE_FROM ? OptionalLong.of(estimate) : OptionalLong.empty();
    }
}
