package io.dearbridge.domain.inbox;

/** Life cycle of an event received from DEAR (a webhook, or a change the reconciler found). */
public enum InboxStatus {
    RECEIVED, PROCESSING, RETRY, DONE, FAILED, DISMISSED,
    /** A type the bridge does not act on: kept, answered 200 so DEAR does not switch the webhook off. */
    IGNORED,
    /** About a sale for a DEAR location this account does not serve. */
    SKIPPED;

    /** States a processor may pick up. */
    public boolean isDue() {
        return this == RECEIVED || this == RETRY;
    }
}
