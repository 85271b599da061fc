package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The keys of the rows an import writes come from sequences that hand out 50 at a time, instead of identity
 * columns: Hibernate must insert an identity row alone to learn its key, so an order, its lines, fulfilment,
 * timeline row and sync attempt went to the database one statement each; with a sequence it sends them as JDBC
 * batches (issue 27's profile: the import's inserts were a tenth of the JVM's samples of a 100-account drain).
 * <p>
 * Java rather than SQL, the only such migration: each sequence starts past the table's highest key, which plain SQL
 * cannot compute on both databases, and a column's default is written differently on H2 and PostgreSQL. The column
 * default stays, on the new sequence, so that rows inserted by SQL (scripts, the scale seed) still get a key no
 * Hibernate block can hold: each such row takes a whole block. On PostgreSQL the sequence is owned by its column, so
 * {@code pg_get_serial_sequence} still names it.
 */
public class V29__sequence_keys_for_batched_inserts extends BaseJavaMigration {

    /** The tables, and the block size the entities' generators are declared with (Hibernate checks it at boot). */
    static final List<String> TABLES = List.of("warehouse_order", "order_line", "fulfilment", "order_timeline",
            "sync_attempt");
    static final int BLOCK = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                long highest;
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    max.next();
                    highest = max.getLong(1);
                }
                String sequence = table + "_id_seq";
                // On PostgreSQL this drops the identity's own sequence, which had this name.
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id DROP IDENTITY");
                // Hibernate's pooled blocks end at the value it is handed: the first, highest + 50, gives the keys
                // just above the highest (and 1 to 50 on an empty table).
                statement.execute("CREATE SEQUENCE " + sequence + " START WITH " + (highest + BLOCK)
                        + " INCREMENT BY " + BLOCK + (postgres ? " OWNED BY " + table + ".id" : ""));
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id SET DEFAULT "
                        + (postgres ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence));
            }
        }
    }
}
