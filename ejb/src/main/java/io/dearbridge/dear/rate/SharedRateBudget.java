package io.dearbridge.dear.rate;

import java.util.concurrent.TimeUnit;

/**
 * An account's budget shared by every node through {@link RateLedger}: the same GCRA rule and spacing as
 * {@link TokenBucket} (interval {@code window / (limit - burst)}, so no span of one window, sliding or fixed,
 * ever sees more than the limit from all nodes together).
 */
final class SharedRateBudget implements RateBudget {

    private final RateLedger ledger;
    private final String account;
    private final long intervalMicros;
    private final long toleranceMicros;

    SharedRateBudget(RateLedger ledger, String account, RateSettings settings) {
        this.ledger = ledger;
        this.account = account;
        this.intervalMicros = TimeUnit.NANOSECONDS.toMicros(settings.intervalNanos());
        this.toleranceMicros = (settings.burst() - 1L) * intervalMicros;
    }

    @Override
    public long reserve(long maxWaitNanos) {
        long wait = ledger.reserve(account, intervalMicros, toleranceMicros,
                TimeUnit.NANOSECONDS.toMicros(Math.min(maxWaitNanos, Long.MAX_VALUE / 2)));
        return wait < 0 ? -1 : TimeUnit.MICROSECONDS.toNanos(wait);
    }

    @Override
    public long nanosUntilNext() {
        return TimeUnit.MICROSECONDS.toNanos(ledger.untilNext(account, toleranceMicros));
    }

    @Override
    public void pauseFor(long nanos) {
        ledger.pause(account, TimeUnit.NANOSECONDS.toMicros(nanos), toleranceMicros);
    }
}
