package io.dearbridge.migrations;

/** Where Flyway finds the bridge's scripts. The SQL is written to run unchanged on H2 and PostgreSQL. */
public final class MigrationScripts {

    public static final String LOCATION = "classpath:db/migration";

    /** The demo users (an afterMigrate callback), loaded only where {@code dearbridge.demo-users=true}. */
    public static final String DEMO_USERS = "classpath:db/demo-users";

    /** Removes the demo users (an afterMigrate callback), loaded where {@code dearbridge.demo-users} is off. */
    public static final String NO_DEMO_USERS = "classpath:db/demo-users-off";

    private MigrationScripts() {
    }
}
