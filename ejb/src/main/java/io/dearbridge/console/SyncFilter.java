package io.dearbridge.console;

/**
 * What the failed-sync list is narrowed to; a blank field does not narrow. {@code text} matches the sale order
 * number, the type and DEAR's message, ignoring case.
 */
public record SyncFilter(String account, String type, String state, String text) {

    public static final SyncFilter ALL = new SyncFilter(null, null, null, null);

    public SyncFilter {
        account = blankToNull(account);
        type = blankToNull(type);
        state = blankToNull(state);
        text = blankToNull(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
