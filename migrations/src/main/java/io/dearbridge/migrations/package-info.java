/** Marks where the Flyway scripts live; the SQL itself is under db/migration. */
package io.dearbridge.migrations;
