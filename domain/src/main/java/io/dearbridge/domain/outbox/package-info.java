/** Outbox commands: one DEAR write each, queued with the change that implies it, and its states. */
package io.dearbridge.domain.outbox;
