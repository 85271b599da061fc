/**
 * What the bridge measures while it runs, in Micrometer (WildFly's micrometer subsystem serves it in Prometheus
 * format on the management port, {@code /prometheus}): backlogs, DEAR calls, governor waits, webhooks.
 */
package io.dearbridge.metrics;
