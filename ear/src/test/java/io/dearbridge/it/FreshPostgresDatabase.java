package io.dearbridge.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Under -Ppostgres, gives the test server an empty database before it boots, so every run starts from
 * the migrations alone. H2 runs get a new file per build instead.
 */
public class FreshPostgresDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgres".equals(System.getProperty("it.db.kind"))) {
            return;
        }
        String url = System.getProperty("it.db.url");
        String database = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(admin, System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare PostgreSQL test database " + database + " at " + admin, e);
        }
    }
}
