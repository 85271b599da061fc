/** Inbox events: one DEAR webhook each, its identity for dedupe, and its states. */
package io.dearbridge.domain.inbox;
