package io.dearbridge.dear.rate;

/**
 * Where an account's tokens come from: this JVM's {@link TokenBucket}, or {@link SharedRateBudget} in
 * PostgreSQL when several nodes call the same DEAR account. Times are relative, so each budget keeps its
 * own clock (the shared one uses the database's, the same for every node).
 */
public interface RateBudget {

    /**
     * Takes the next token if it comes within {@code maxWaitNanos}: answers how long to wait before using it
     * (0 for now), or -1 without taking anything if the wait would be longer.
     */
    long reserve(long maxWaitNanos);

    /** How long until a token could be taken (0: now); takes nothing. */
    long nanosUntilNext();

    /** No token for {@code nanos} from now, and nothing saved up then either: DEAR said we were too fast. */
    void pauseFor(long nanos);
}
