package io.dearbridge.simulator.throttle;

/**
 * An injected failure for the next matching calls. {@code method} and {@code path} null = any; path is compared
 * exactly (case-insensitively) against the DEAR path after {@code v2/}. A {@code storeFirst} fault lets the call
 * reach the endpoint (DEAR stores the write) and only then holds the answer {@code delayMs} and fails it: with a
 * delay longer than the client's read timeout, the client sees a timeout for a write DEAR has kept (docs/dear-api.md §7).
 */
public final class Fault {

    private final int status;
    private final String method;
    private final String path;
    private final boolean with200;
    private final String body;
    private final boolean storeFirst;
    private final long delayMs;
    private int remaining;

    public Fault(int count, int status, String method, String path, boolean with200, String body) {
        this(count, status, method, path, with200, body, false, 0);
    }

    public Fault(int count, int status, String method, String path, boolean with200, String body,
                 boolean storeFirst, long delayMs) {
        this.remaining = count;
        this.storeFirst = storeFirst;
        this.delayMs = Math.max(0, delayMs);
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

    public boolean storeFirst() {
        return storeFirst;
    }

    public long delayMs() {
        return delayMs;
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
