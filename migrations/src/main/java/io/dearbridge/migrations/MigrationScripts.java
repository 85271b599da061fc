package io.dearbridge.migrations;

/** Where Flyway finds the bridge's scripts. The SQL is written to run unchanged on H2 and PostgreSQL. */
public final class MigrationScripts {

    public static final String LOCATION = "classpath:db/migration";

    private MigrationScripts() {
    }
}
