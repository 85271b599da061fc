/** Sync records: inbox events from DEAR, outbox commands to DEAR, and every attempt made on them. */
package io.dearbridge.domain.sync;
