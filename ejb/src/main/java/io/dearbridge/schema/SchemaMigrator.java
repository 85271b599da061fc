package io.dearbridge.schema;

import io.dearbridge.migrations.MigrationScripts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the schema when the application starts. Beans that use the database at start depend on it
 * ({@code @DependsOn("SchemaMigrator")}). No transaction: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /** Demo and IT servers only: warehouse, admin and viewer with password 'demo' (db/demo-users). */
    @Inject
    @ConfigProperty(name = "dearbridge.demo-users", defaultValue = "false")
    boolean demoUsers;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(MigrationScripts.LOCATION,
                        demoUsers ? MigrationScripts.DEMO_USERS : MigrationScripts.NO_DEMO_USERS)
                .load()
                .migrate();
        if (demoUsers) {
            LOG.warning("dearbridge.demo-users=true: the users warehouse, admin and viewer with password 'demo' exist."
                    + " For the demo and tests only; turning the flag off removes them at the next start.");
        }
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }
}
