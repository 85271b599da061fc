/** Flyway's Java migrations, found by its scan of {@code db/migration} beside the SQL scripts. */
package db.migration;
