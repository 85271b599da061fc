package io.dearbridge.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** JDBC access to the database the test server uses, for assertions on what was (not) stored. */
public final class ItDatabase {

    /** Maps the current row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private ItDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    public static long count(String sql, Object... parameters) {
        List<Long> counts = query(sql, row -> row.getLong(1), parameters);
        return counts.get(0);
    }

    /** Runs a query and maps each row. */
    public static <T> List<T> query(String sql, Row<T> mapper, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an UPDATE (to put a stored row in a state a test needs); answers the rows changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
