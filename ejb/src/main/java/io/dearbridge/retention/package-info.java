/** Retention: finished inbox events, sent outbox commands, attempts and idempotency records deleted by age, in small batches. */
package io.dearbridge.retention;
