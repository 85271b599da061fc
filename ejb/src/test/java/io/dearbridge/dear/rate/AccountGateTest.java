package io.dearbridge.dear.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class AccountGateTest {

    private static RateSettings oneCallPerMinute() {
        return RateSettings.read("demo", key -> Optional.ofNullable(switch (key) {
            case "dearbridge.account.demo.rate-limit" -> "2";
            case "dearbridge.account.demo.rate-window-seconds" -> "60";
            case "dearbridge.account.demo.max-in-flight" -> "1";
            default -> null;
        }));
    }

    @Test
    void closingTurnsAwayACallerWaitingForTheRateWindowAtOnce() throws Exception {
        AccountGate gate = new AccountGate(oneCallPerMinute(), System::nanoTime, AccountGate.Sleeper.REAL);
        gate.enter(0).orElseThrow().close();  // the burst token: the next call waits about 30 s
        Waiter waiter = Waiter.enter(gate);
        // It holds the account's only call slot while it waits: so it waits for its token, not for a slot.
        assertEquals(1, gate.usage().inFlight(), "the waiter's call slot");
        long closedAt = System.nanoTime();
        gate.close();
        assertFalse(waiter.result(), "a closed gate gave out a permit");
        assertTrue(Duration.ofNanos(System.nanoTime() - closedAt).toMillis() < 2000, "the waiter left late");
        assertTrue(gate.closed());
    }

    @Test
    void closingTurnsAwayACallerWaitingForACallSlot() throws Exception {
        AccountGate gate = new AccountGate(oneCallPerMinute(), System::nanoTime, AccountGate.Sleeper.REAL);
        AccountGate.Permit held = gate.enter(0).orElseThrow();
        Waiter waiter = Waiter.enter(gate);
        long closedAt = System.nanoTime();
        gate.close();
        assertFalse(waiter.result(), "a closed gate gave out a permit");
        assertTrue(Duration.ofNanos(System.nanoTime() - closedAt).toMillis() < 2000, "the waiter left late");
        held.close();
    }

    /** A caller of {@link AccountGate#enter} (patience 60 s) on a thread of its own. */
    private record Waiter(Thread thread, FutureTask<Boolean> entered) {

        /**
         * Starts the caller and returns once its thread is parked inside {@code enter}: proof that it waits, where a
         * fixed sleep would pass as well if the caller had been turned away at once.
         */
        static Waiter enter(AccountGate gate) {
            FutureTask<Boolean> entered = new FutureTask<>(
                    () -> gate.enter(Duration.ofSeconds(60).toNanos()).isPresent());
            Thread thread = new Thread(entered, "gate-waiter");
            thread.setDaemon(true);
            thread.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!parkedInEnter(thread)) {
                assertFalse(entered.isDone(), "the caller did not wait: enter answered at once");
                assertTrue(System.nanoTime() < deadline, "the caller never waited in enter");
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            return new Waiter(thread, entered);
        }

        private static boolean parkedInEnter(Thread thread) {
            Thread.State state = thread.getState();
            return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                    && Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                    frame.getClassName().equals(AccountGate.class.getName()) && frame.getMethodName().equals("enter"));
        }

        /** Whether the caller got a permit; it must answer within 5 s. */
        boolean result() throws Exception {
            return entered.get(5, TimeUnit.SECONDS);
        }
    }
}
