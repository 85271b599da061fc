package io.dearbridge.domain.outbox;

/** Life cycle of a command the bridge owes DEAR. */
public enum OutboxStatus {
    PENDING, SENDING, RETRY, SENT, FAILED, HELD, DISMISSED;

    public boolean isDue() {
        return this == PENDING || this == RETRY;
    }
}
