package io.dearbridge.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dearbridge.domain.account.Account;
import io.dearbridge.migrations.MigrationScripts;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;

/**
 * Proves the Hibernate mappings match the schema Flyway builds: migrates a fresh schema, then lets
 * Hibernate validate every entity of the domain module against it. Runs on H2, or on PostgreSQL under
 * {@code -Ppostgres}.
 */
class SchemaMatchesMappingsTest {

    private static final String SCHEMA = "schema_check";

    private final String url = System.getProperty("schema.db.url",
            "jdbc:h2:mem:schema-check;DB_CLOSE_DELAY=-1");
    private final String user = System.getProperty("it.db.user", "sa");
    private final String password = System.getProperty("it.db.password", "sa");

    @Test
    void everyEntityValidatesAgainstTheMigratedSchema() throws Exception {
        // PostgreSQL: a throwaway schema in a database that always exists. H2: a fresh in-memory database.
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (postgres) {
            recreateSchema();
        }
        var flyway = Flyway.configure().dataSource(url, user, password).locations(MigrationScripts.LOCATION);
        var result = (postgres ? flyway.schemas(SCHEMA) : flyway).load().migrate();
        assertFalse(result.migrations.isEmpty(), "Flyway applied no migrations");

        List<Class<?>> entities = domainEntities();
        assertFalse(entities.isEmpty(), "no entities found in the domain module");

        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.username", user)
                .applySetting("hibernate.connection.password", password)
                .applySetting("hibernate.hbm2ddl.auto", "validate");
        if (postgres) {
            settings.applySetting("hibernate.default_schema", SCHEMA);
        }
        StandardServiceRegistry registry = settings.build();
        MetadataSources sources = new MetadataSources(registry);
        entities.forEach(sources::addAnnotatedClass);
        try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
            assertEquals(entities.size(), factory.getMetamodel().getEntities().size());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private void recreateSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    /** Every @Entity class in the domain module, found by walking its classes so none can be forgotten. */
    private static List<Class<?>> domainEntities() throws IOException, URISyntaxException {
        Path root = Path.of(Account.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> entities = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                        .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .forEach(name -> addIfEntity(name, entities));
            }
        } else {
            try (var jar = new java.util.jar.JarFile(root.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.endsWith(".class") && !n.contains("$"))
                        .map(n -> n.replace('/', '.').replaceAll("\\.class$", ""))
                        .forEach(name -> addIfEntity(name, entities));
            }
        }
        return entities;
    }

    private static void addIfEntity(String className, List<Class<?>> entities) {
        try {
            Class<?> type = Class.forName(className);
            if (type.isAnnotationPresent(Entity.class)) {
                entities.add(type);
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
