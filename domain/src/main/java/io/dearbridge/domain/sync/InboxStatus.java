package io.dearbridge.domain.sync;

/** Life cycle of an event received from DEAR (a webhook, or a change the reconciler found). */
public enum InboxStatus {
    RECEIVED, PROCESSING, RETRY, DONE, FAILED, IGNORED, DISMISSED;

    /** States a processor may pick up. */
    public boolean isDue() {
        return this == RECEIVED || this == RETRY;
    }
}
