package io.dearbridge.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dearbridge.migrations.MigrationScripts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The demo users' callback runs after the migrations, and again on the next start without duplicating anyone. */
class DemoUsersScriptTest {

    private static final String URL = "jdbc:h2:mem:demo-users;DB_CLOSE_DELAY=-1";

    @Test
    void demoUsersExistWithTheirRolesAfterEveryMigrate() throws Exception {
        for (int start = 0; start < 2; start++) {
            Flyway.configure().dataSource(URL, "sa", "sa")
                    .locations(MigrationScripts.LOCATION, MigrationScripts.DEMO_USERS).load().migrate();
        }
        try (Connection connection = DriverManager.getConnection(URL, "sa", "sa");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT u.username, r.role, u.password_cost FROM bridge_user u"
                     + " JOIN bridge_user_role r ON r.username = u.username ORDER BY u.username")) {
            StringBuilder users = new StringBuilder();
            while (rows.next()) {
                users.append(rows.getString(1)).append('=').append(rows.getString(2)).append(':').append(rows.getInt(3))
                        .append(' ');
            }
            assertEquals("admin=admin:8 viewer=viewer:8 warehouse=warehouse:8 ", users.toString());
        }
    }

    @Test
    void withoutTheDemoLocationNoUserExists() throws Exception {
        String url = "jdbc:h2:mem:no-demo-users;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "sa").locations(MigrationScripts.LOCATION).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM bridge_user")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    @Test
    void turningTheFlagOffRemovesTheDemoUsersButNotARealAdmin() throws Exception {
        String url = "jdbc:h2:mem:demo-users-off;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "sa")
                .locations(MigrationScripts.LOCATION, MigrationScripts.DEMO_USERS).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
             Statement statement = connection.createStatement()) {
            // An operator's own admin replaced the demo's (same name, another password).
            statement.executeUpdate("UPDATE bridge_user SET password_hash = 'b3duLWFkbWluLWhhc2gtMjMtYnl0ZXM='"
                    + " WHERE username = 'admin'");
        }
        Flyway.configure().dataSource(url, "sa", "sa")
                .locations(MigrationScripts.LOCATION, MigrationScripts.NO_DEMO_USERS).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT u.username, r.role FROM bridge_user u"
                     + " LEFT JOIN bridge_user_role r ON r.username = u.username ORDER BY u.username")) {
            StringBuilder users = new StringBuilder();
            while (rows.next()) {
                users.append(rows.getString(1)).append('=').append(rows.getString(2)).append(' ');
            }
            assertEquals("admin=admin ", users.toString());
        }
    }
}
