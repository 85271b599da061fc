/** Applies the Flyway migrations at deploy, before any bean touches the database. */
package io.dearbridge.schema;
