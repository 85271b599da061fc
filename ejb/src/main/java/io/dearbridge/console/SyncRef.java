package io.dearbridge.console;

import java.util.Objects;

/** Names one sync, e.g. {@code OUTBOX-12} in a URL or a selection. */
public record SyncRef(SyncSide side, long id) {

    public SyncRef {
        Objects.requireNonNull(side, "side");
    }

    public static SyncRef parse(String text) {
        int dash = text == null ? -1 : text.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("not a sync reference: " + text);
        }
        return new SyncRef(SyncSide.valueOf(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
    }

    @Override
    public String toString() {
        return side + "-" + id;
    }
}
