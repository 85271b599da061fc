package io.dearbridge.write;

import io.dearbridge.account.AccountScope;
import java.util.function.Function;

/**
 * Who records, and the request's {@code Idempotency-Key} (null when none was sent) with a hash of the
 * request, so a repeat with the same key gets the first answer and a different request under it is refused.
 * {@code render} is how the API answers a result; the service stores that answer with the effect.
 * {@code accounts} are the caller's: a write to a record of another account is refused as if it did not exist
 * ({@link #sees}, asked where the service locks the record).
 */
public record Caller<R>(String principal, String idempotencyKey, String requestHash, Function<R, Answer> render,
                        AccountScope accounts) {

    /** A caller acting on every account (the bridge itself; tests). */
    public Caller(String principal, String idempotencyKey, String requestHash, Function<R, Answer> render) {
        this(principal, idempotencyKey, requestHash, render, AccountScope.ALL);
    }

    public boolean idempotent() {
        return idempotencyKey != null;
    }

    /** Whether the caller may see and change a record of this account. */
    public boolean sees(String accountCode) {
        return accounts.allows(accountCode);
    }
}
