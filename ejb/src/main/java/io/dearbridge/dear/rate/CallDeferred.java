package io.dearbridge.dear.rate;

import java.time.Duration;

/**
 * The account had no token for this lane soon enough: the work is put back in its queue (no attempt counted,
 * nothing sent) and tried again after {@link #retryAfter()}, instead of a thread sleeping in the governor
 * while other accounts' work could run. Thrown only inside {@link DearWork#run}.
 */
public class CallDeferred extends RuntimeException {

    private final String accountCode;
    private final Duration retryAfter;

    public CallDeferred(String accountCode, Lane lane, Duration retryAfter) {
        super("no DEAR call slot for " + accountCode + " (" + lane + ") yet; retry in " + retryAfter.toMillis() + " ms",
                null, false, false);
        this.accountCode = accountCode;
        this.retryAfter = retryAfter;
    }

    public String accountCode() {
        return accountCode;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
