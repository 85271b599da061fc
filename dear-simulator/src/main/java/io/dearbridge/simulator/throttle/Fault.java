package io.dearbridge.simulator.throttle;

/**
 * An injected failure for the next matching calls. {@code method} and {@code path} null = any; path is compared
 * exactly (case-insensitively) against the DEAR path after {@code v2/}.
 */
public final class Fault {

    private final int status;
    private final String method;
    private final String path;
    private final boolean with200;
    private final String body;
    private int remaining;

    public Fault(int count, int status, String method, String path, boolean with200, String body) {
        this.remaining = count;
        this.status = status;
        this.method = method;
        this.path = path;
        this.with200 = with200;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public boolean with200() {
        return with200;
    }

    public String body() {
        return body;
    }

    boolean matches(String callMethod, String callPath) {
        return remaining > 0
                && (method == null || method.equalsIgnoreCase(callMethod))
                && (path == null || path.equalsIgnoreCase(callPath));
    }

    void consume() {
        remaining--;
    }

    boolean spent() {
        return remaining <= 0;
    }
}
