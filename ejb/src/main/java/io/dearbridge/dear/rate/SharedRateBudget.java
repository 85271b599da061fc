package io.dearbridge.dear.rate;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * An account's budget shared by every node through {@link RateLedger}: the same GCRA rule and spacing as
 * {@link TokenBucket} (interval {@code window / (limit - burst)}, so no span of one window, sliding or fixed,
 * ever sees more than the limit from all nodes together).
 *
 * <p>The ledger's next token only ever moves later, so what an answer showed about it stays a lower bound: until
 * then no token can be due, and this node answers from memory instead of asking the database again (the claim
 * rounds ask every busy account each round; issue 27). Another node's calls can only make the true wait longer,
 * which the next statement learns.
 */
final class SharedRateBudget implements RateBudget {

    private final RateLedger ledger;
    private final String account;
    private final long intervalMicros;
    private final long toleranceMicros;
    private final LongSupplier nanoClock;
    /** On this node's clock: no token of this account is due before it. */
    private final AtomicLong dueNotBefore;

    SharedRateBudget(RateLedger ledger, String account, RateSettings settings, LongSupplier nanoClock) {
        this.ledger = ledger;
        this.account = account;
        this.intervalMicros = TimeUnit.NANOSECONDS.toMicros(settings.intervalNanos());
        this.toleranceMicros = (settings.burst() - 1L) * intervalMicros;
        this.nanoClock = nanoClock;
        this.dueNotBefore = new AtomicLong(nanoClock.getAsLong());
    }

    @Override
    public long reserve(long maxWaitNanos) {
        long asked = nanoClock.getAsLong();
        if (dueNotBefore.get() - asked > maxWaitNanos) {
            return -1;
        }
        RateLedger.Reservation answer = ledger.reserve(account, intervalMicros, toleranceMicros,
                TimeUnit.NANOSECONDS.toMicros(Math.min(maxWaitNanos, Long.MAX_VALUE / 2)));
        learn(asked, answer.nextMicros());
        return answer.taken() ? TimeUnit.MICROSECONDS.toNanos(answer.waitMicros()) : -1;
    }

    @Override
    public long nanosUntilNext() {
        long asked = nanoClock.getAsLong();
        long known = dueNotBefore.get() - asked;
        if (known > 0) {
            return known;
        }
        long wait = ledger.untilNext(account, toleranceMicros);
        learn(asked, wait);
        return TimeUnit.MICROSECONDS.toNanos(wait);
    }

    @Override
    public void pauseFor(long nanos) {
        long asked = nanoClock.getAsLong();
        ledger.pause(account, TimeUnit.NANOSECONDS.toMicros(nanos), toleranceMicros);
        learn(asked, TimeUnit.NANOSECONDS.toMicros(nanos));
    }

    /**
     * The database answered, at some moment after {@code asked}, that the next token is {@code waitMicros} away: so
     * it is due no sooner than {@code asked} plus that wait.
     */
    private void learn(long asked, long waitMicros) {
        long due = asked + TimeUnit.MICROSECONDS.toNanos(waitMicros);
        dueNotBefore.accumulateAndGet(due, (known, learned) -> learned - known > 0 ? learned : known);
    }
}
