package io.dearbridge.dear.rate;

/**
 * Which kind of work a DEAR call serves, so that one account's budget is shared fairly between the import
 * of new sales and the warehouse's writes (pick, pack, ship, credit note). {@link #OTHER} (the webhook
 * watchdog, an operator's request) takes part in no share and waits as before.
 */
public enum Lane {
    IMPORT,
    WRITE,
    OTHER;

    Lane rival() {
        return switch (this) {
            case IMPORT -> WRITE;
            case WRITE -> IMPORT;
            case OTHER -> OTHER;
        };
    }
}
