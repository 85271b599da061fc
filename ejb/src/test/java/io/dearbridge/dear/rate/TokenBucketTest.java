package io.dearbridge.dear.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bucket on a fake clock: pacing, the never-over-the-limit guarantee, pauses and bounded waits. */
class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    /** Sends {@code calls} back to back as the gate allows, returning the send times. */
    private List<Long> drive(RateSettings settings, int calls) throws InterruptedException {
        AccountGate gate = new AccountGate(settings, now::get, n -> { now.addAndGet(n); return false; });
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            try (AccountGate.Permit permit = gate.enter(Long.MAX_VALUE).orElseThrow()) {
                sent.add(now.get());
            }
        }
        return sent;
    }

    /** The most calls inside any span of {@code window} (DEAR's counter, sliding or fixed). */
    private static int busiestWindow(List<Long> sent, Duration window) {
        Deque<Long> inWindow = new ArrayDeque<>();
        int most = 0;
        for (long at : sent) {
            inWindow.addLast(at);
            while (at - inWindow.peekFirst() >= window.toNanos()) {
                inWindow.removeFirst();
            }
            most = Math.max(most, inWindow.size());
        }
        return most;
    }

    @Test
    void defaultPacingNeverExceeds60In60SecondsAndUsesNearlyAllOfIt() throws InterruptedException {
        List<Long> sent = drive(RateSettings.DEAR_DEFAULT, 600);
        assertEquals(60, busiestWindow(sent, Duration.ofSeconds(60)));
        double seconds = (sent.get(sent.size() - 1) - sent.get(0)) / (double) SECOND;
        double rate = 599 / seconds * 60;
        assertTrue(rate >= 0.95 * 60 && rate <= 60, "calls per minute: " + rate);
    }

    @Test
    void aBurstIsAllowedAndStillFitsTheWindow() throws InterruptedException {
        RateSettings settings = new RateSettings(600, Duration.ofSeconds(60), 20, 2);
        List<Long> sent = drive(settings, 2000);
        assertEquals(sent.get(0), sent.get(19), "the first 20 go at once");
        assertTrue(sent.get(20) > sent.get(19));
        assertTrue(busiestWindow(sent, Duration.ofSeconds(60)) <= 600);
        assertEquals(580.0 / 600, settings.utilisation(), 1e-9);
    }

    @Test
    void aPauseHoldsEveryoneUntilItEnds() throws InterruptedException {
        AccountGate gate = new AccountGate(RateSettings.DEAR_DEFAULT, now::get, n -> { now.addAndGet(n); return false; });
        gate.enter(0).orElseThrow().close();
        gate.pauseFor(60 * SECOND);
        long before = now.get();
        gate.enter(Long.MAX_VALUE).orElseThrow().close();
        assertEquals(60 * SECOND, now.get() - before);
    }

    @Test
    void aCallerThatWouldWaitTooLongGetsNothingAndTakesNothing() throws InterruptedException {
        AccountGate gate = new AccountGate(RateSettings.DEAR_DEFAULT, now::get, n -> { now.addAndGet(n); return false; });
        gate.enter(0).orElseThrow().close();
        assertEquals(Optional.empty(), gate.enter(SECOND / 2));
        long interval = RateSettings.DEAR_DEFAULT.intervalNanos();
        long before = now.get();
        gate.enter(interval).orElseThrow().close();
        assertEquals(interval, now.get() - before, "the refused caller did not use up the next token");
    }

    @Test
    void usageShowsCallsInFlightAndTheWaitANewCallWouldHave() throws InterruptedException {
        AccountGate gate = new AccountGate(RateSettings.DEAR_DEFAULT, now::get, n -> { now.addAndGet(n); return false; });
        assertEquals(new AccountGate.Usage(0, 2, 60, 60, 0), gate.usage(), "an idle gate");
        AccountGate.Permit call = gate.enter(0).orElseThrow();
        AccountGate.Usage busy = gate.usage();
        assertEquals(1, busy.inFlight());
        assertEquals(RateSettings.DEAR_DEFAULT.intervalNanos() / 1_000_000, busy.waitMillis(),
                "the next token is one interval away");
        call.close();
        gate.pauseFor(30 * SECOND);
        assertEquals(0, gate.usage().inFlight());
        assertTrue(gate.usage().waitMillis() >= 30_000, "a pause shows as the wait");
    }

    @Test
    void inFlightIsCapped() throws InterruptedException {
        AccountGate gate = new AccountGate(new RateSettings(1000, Duration.ofSeconds(1), 999, 2), now::get,
                n -> { now.addAndGet(n); return false; });
        AccountGate.Permit first = gate.enter(0).orElseThrow();
        AccountGate.Permit second = gate.enter(0).orElseThrow();
        assertEquals(Optional.empty(), gate.enter(0));
        first.close();
        gate.enter(0).orElseThrow().close();
        second.close();
    }

    @Test
    void settingsFromConfig() {
        RateSettings read = RateSettings.read("acme", key -> Optional.ofNullable(switch (key) {
            case "dearbridge.account.acme.rate-limit" -> "600";
            case "dearbridge.account.acme.rate-window-seconds" -> " 60 ";
            case "dearbridge.account.acme.max-in-flight" -> "1";
            default -> null;
        }));
        assertEquals(new RateSettings(600, Duration.ofSeconds(60), 1, 1), read);
        assertEquals(RateSettings.DEAR_DEFAULT, RateSettings.read("other", key -> Optional.empty()));
        assertEquals(SECOND * 60 / 59, RateSettings.DEAR_DEFAULT.intervalNanos());
    }
}
