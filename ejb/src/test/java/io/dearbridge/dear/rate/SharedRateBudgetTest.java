package io.dearbridge.dear.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The shared budget against a ledger that keeps the GCRA row in memory on the same fake clock and counts the
 * statements it is asked: the pacing is the ledger's, and what an answer showed is not asked again.
 */
class SharedRateBudgetTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final FakeLedger ledger = new FakeLedger();

    @Test
    void aTokenAlreadyKnownToBeAwayIsNotAskedForAgain() {
        SharedRateBudget budget = new SharedRateBudget(ledger, "acme", RateSettings.DEAR_DEFAULT, now::get);
        assertEquals(0, budget.reserve(0));
        int afterFirst = ledger.statements;

        long wait = budget.nanosUntilNext();
        assertTrue(wait > 0, "the next token is away after one was taken: " + wait);
        assertEquals(-1, budget.reserve(0), "refused while the token is away");
        now.addAndGet(wait / 2);
        assertEquals(wait - wait / 2, budget.nanosUntilNext());
        assertEquals(afterFirst, ledger.statements, "answered from what the reserve showed");

        now.addAndGet(wait - wait / 2);
        assertEquals(0, budget.nanosUntilNext());
        assertEquals(afterFirst + 1, ledger.statements, "once the known wait has passed, the ledger is asked");
    }

    @Test
    void anotherNodesCallsAreLearnedFromTheLedger() {
        SharedRateBudget here = new SharedRateBudget(ledger, "acme", RateSettings.DEAR_DEFAULT, now::get);
        SharedRateBudget there = new SharedRateBudget(ledger, "acme", RateSettings.DEAR_DEFAULT, now::get);
        long interval = RateSettings.DEAR_DEFAULT.intervalNanos();
        assertEquals(0, here.reserve(0));
        now.addAndGet(interval);
        assertEquals(0, there.reserve(0), "the other node takes the token that came due");
        assertEquals(-1, here.reserve(0), "this node's memory said a token was due; the ledger says no");
        assertEquals(TimeUnit.MICROSECONDS.toNanos(TimeUnit.NANOSECONDS.toMicros(interval)), here.nanosUntilNext(),
                "and it now knows when the next one is (the ledger counts in microseconds)");
    }

    @Test
    void pacingThroughTheBudgetNeverExceedsTheLimitInAnyWindow() {
        RateSettings settings = new RateSettings(60, Duration.ofSeconds(60), 3, 2);
        SharedRateBudget budget = new SharedRateBudget(ledger, "acme", settings, now::get);
        List<Long> sent = new ArrayList<>();
        while (sent.size() < 300) {
            long wait = budget.reserve(TimeUnit.MILLISECONDS.toNanos(100));
            if (wait < 0) {
                now.addAndGet(Math.max(1, budget.nanosUntilNext()));
                continue;
            }
            now.addAndGet(wait);
            sent.add(now.get());
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(7));
        }
        int most = 0;
        for (int i = 0, j = 0; i < sent.size(); i++) {
            while (sent.get(i) - sent.get(j) >= 60 * SECOND) {
                j++;
            }
            most = Math.max(most, i - j + 1);
        }
        assertTrue(most <= 60, "calls in the busiest minute: " + most);
        assertTrue(ledger.statements < 2 * sent.size(), "statements per call: " + ledger.statements / 300.0);
    }

    @Test
    void aPauseHoldsTheNextTokenBackWithoutAskingAgain() {
        SharedRateBudget budget = new SharedRateBudget(ledger, "acme", RateSettings.DEAR_DEFAULT, now::get);
        budget.pauseFor(30 * SECOND);
        int afterPause = ledger.statements;
        assertEquals(-1, budget.reserve(SECOND));
        assertEquals(30 * SECOND, budget.nanosUntilNext());
        assertEquals(afterPause, ledger.statements);
    }

    /** The ledger's rule (GCRA on the database's clock, here the fake one), in memory. */
    private final class FakeLedger extends RateLedger {

        long nextTokenMicros;
        int statements;

        private long nowMicros() {
            return TimeUnit.NANOSECONDS.toMicros(now.get());
        }

        @Override
        public Reservation reserve(String account, long intervalMicros, long toleranceMicros, long maxWaitMicros) {
            statements++;
            long current = nowMicros();
            long due = Math.max(nextTokenMicros, current);
            long wait = Math.max(0, due - toleranceMicros - current);
            if (wait > maxWaitMicros) {
                return new Reservation(false, wait, wait);
            }
            nextTokenMicros = due + intervalMicros;
            return new Reservation(true, wait, Math.max(0, due + intervalMicros - toleranceMicros - current));
        }

        @Override
        public long untilNext(String account, long toleranceMicros) {
            statements++;
            long current = nowMicros();
            return Math.max(0, Math.max(nextTokenMicros, current) - toleranceMicros - current);
        }

        @Override
        public void pause(String account, long pauseMicros, long toleranceMicros) {
            statements++;
            nextTokenMicros = Math.max(nextTokenMicros, nowMicros() + pauseMicros + toleranceMicros);
        }
    }
}
