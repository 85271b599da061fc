package io.dearbridge.dear.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The gate's non-blocking way in, on a fake clock: it never sleeps longer than asked, says when to come back,
 * and shares one account's tokens between imports and writes by weighted turns.
 */
class AccountGateLanesTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final List<Long> slept = new ArrayList<>();

    private AccountGate gate(LaneSettings lanes) {
        return new AccountGate(RateSettings.DEAR_DEFAULT, new TokenBucket(RateSettings.DEAR_DEFAULT, now::get), lanes,
                now::get, nanos -> {
                    slept.add(nanos);
                    now.addAndGet(nanos);
                    return false;
                });
    }

    @Test
    void aLaneCallerIsToldToComeBackInsteadOfSleepingForAToken() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.IMPORT, 0).permit().close();
        AccountGate.Entry second = gate.tryEnter(Lane.IMPORT, SECOND / 10);
        assertFalse(second.admitted());
        long interval = RateSettings.DEAR_DEFAULT.intervalNanos();
        assertEquals(interval, second.retryAfterNanos(), SECOND / 100.0);
        assertTrue(slept.isEmpty(), "no sleep when the token is further away than allowed");
        now.addAndGet(second.retryAfterNanos());
        assertTrue(gate.tryEnter(Lane.IMPORT, 0).admitted());
    }

    @Test
    void aShortWaitWithinTheLimitIsSleptOnce() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.IMPORT, 0).permit().close();
        assertTrue(gate.tryEnter(Lane.IMPORT, 2 * SECOND).admitted());
        assertEquals(1, slept.size());
        assertTrue(slept.get(0) <= RateSettings.DEAR_DEFAULT.intervalNanos());
    }

    @Test
    void aFullAccountSaysComeBackWithoutTakingAToken() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        RateSettings settings = RateSettings.DEAR_DEFAULT;
        AccountGate.Permit one = gate.tryEnter(Lane.IMPORT, 10 * SECOND).permit();
        AccountGate.Permit two = gate.tryEnter(Lane.IMPORT, 10 * SECOND).permit();
        long tokenBefore = gate.nanosUntilNext(Lane.IMPORT);
        AccountGate.Entry third = gate.tryEnter(Lane.WRITE, 10 * SECOND);
        assertFalse(third.admitted(), settings.maxInFlight() + " calls in flight at most");
        assertEquals(tokenBefore, gate.nanosUntilNext(Lane.IMPORT));
        one.close();
        two.close();
    }

    /** With both lanes always wanting, tokens alternate by weight; nothing is lost to the turns. */
    private List<Lane> contend(LaneSettings lanes, int tokens) throws InterruptedException {
        AccountGate gate = gate(lanes);
        List<Lane> granted = new ArrayList<>();
        long start = now.get();
        while (granted.size() < tokens) {
            boolean any = false;
            for (Lane lane : List.of(Lane.IMPORT, Lane.WRITE)) {
                AccountGate.Entry entry = gate.tryEnter(lane, 0);
                if (entry.admitted()) {
                    entry.permit().close();
                    granted.add(lane);
                    any = true;
                }
            }
            if (!any) {
                now.addAndGet(Math.max(1, gate.nanosUntilNext(Lane.IMPORT) == 0
                        ? gate.nanosUntilNext(Lane.WRITE) : gate.nanosUntilNext(Lane.IMPORT)));
            }
            assertTrue(now.get() - start < 10_000 * SECOND, "no progress");
        }
        return granted;
    }

    @Test
    void importsAndWritesAlternateWhileBothWait() throws InterruptedException {
        List<Lane> granted = contend(new LaneSettings(1, 1, Duration.ofSeconds(10), Duration.ofSeconds(1)), 40);
        long writes = granted.stream().filter(l -> l == Lane.WRITE).count();
        assertEquals(20, writes, granted.toString());
        for (int i = 2; i < granted.size(); i++) {
            assertFalse(granted.get(i) == granted.get(i - 1) && granted.get(i) == granted.get(i - 2),
                    "no lane takes three in a row at weights 1:1: " + granted);
        }
    }

    @Test
    void weightsSetTheShare() throws InterruptedException {
        List<Lane> granted = contend(new LaneSettings(3, 1, Duration.ofSeconds(10), Duration.ofSeconds(1)), 40);
        long writes = granted.stream().filter(l -> l == Lane.WRITE).count();
        assertEquals(10, writes, granted.toString());
    }

    @Test
    void aLaneNobodyWaitsInCostsTheOtherNothing() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.WRITE, 0).permit().close();
        for (int i = 0; i < 30; i++) {
            now.addAndGet(gate.nanosUntilNext(Lane.IMPORT));
            AccountGate.Entry entry = gate.tryEnter(Lane.IMPORT, 0);
            assertTrue(entry.admitted(), "import " + i + " after one write long done");
            entry.permit().close();
        }
    }

    @Test
    void aWaitingWriteGetsTheNextTokenAheadOfABacklogOfImports() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.IMPORT, 0).permit().close();
        assertFalse(gate.tryEnter(Lane.WRITE, 0).admitted(), "no token yet: the write is waiting");
        now.addAndGet(gate.nanosUntilNext(Lane.WRITE));
        assertFalse(gate.tryEnter(Lane.IMPORT, 0).admitted(), "the write's turn");
        assertTrue(gate.nanosUntilNext(Lane.IMPORT) > 0);
        assertEquals(0, gate.nanosUntilNext(Lane.WRITE));
        assertTrue(gate.tryEnter(Lane.WRITE, 0).admitted());
    }

    @Test
    void aWaitForgottenAfterTheDemandMemoryFreesTheOtherLane() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.IMPORT, 0).permit().close();
        assertFalse(gate.tryEnter(Lane.WRITE, 0).admitted());
        now.addAndGet(11 * SECOND);
        assertTrue(gate.tryEnter(Lane.IMPORT, 0).admitted(), "the write never came back; imports go on");
    }

    @Test
    void otherCallersStillWaitAsBefore() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.IMPORT, 0).permit().close();
        assertTrue(gate.enter(Long.MAX_VALUE).isPresent());
        assertEquals(1, slept.size());
    }

    @Test
    void aDispatcherAskingForItsLaneWithWorkDueCountsAsWaiting() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.IMPORT, 0).permit().close();
        long wait = gate.nanosUntilTurn(Lane.WRITE);
        assertTrue(wait > 0, "no token yet for the write");
        now.addAndGet(wait);
        assertFalse(gate.tryEnter(Lane.IMPORT, 0).admitted(), "the write asked first, so the next token is its");
        assertTrue(gate.tryEnter(Lane.WRITE, 0).admitted());
    }

    @Test
    void aLaneStillTryingAfterALongPauseIsStillWaiting() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.IMPORT, 0).permit().close();
        gate.pauseFor(60 * SECOND);
        for (int i = 0; i < 6; i++) {
            assertFalse(gate.tryEnter(Lane.WRITE, 0).admitted(), "paused");
            now.addAndGet(9 * SECOND);
        }
        assertFalse(gate.tryEnter(Lane.WRITE, 0).admitted(), "the write tried again just before the pause ended");
        now.addAndGet(gate.nanosUntilNext(Lane.WRITE));
        assertFalse(gate.tryEnter(Lane.IMPORT, 0).admitted(), "the write has been trying all along: its turn");
        assertTrue(gate.tryEnter(Lane.WRITE, 0).admitted());
    }

    @Test
    void aWriteThatDoesNotComeForItsTokenIsForgottenOneIntervalLater() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.IMPORT, 0).permit().close();
        long wait = gate.nanosUntilTurn(Lane.WRITE);
        now.addAndGet(wait + RateSettings.DEAR_DEFAULT.intervalNanos() + 1);
        assertTrue(gate.tryEnter(Lane.IMPORT, 0).admitted(), "the write never came: the imports go on");
    }

    @Test
    void anImportAskingWithWorkDueDoesNotHoldTheWritesBack() throws InterruptedException {
        AccountGate gate = gate(LaneSettings.DEFAULT);
        gate.tryEnter(Lane.WRITE, 0).permit().close();
        // The import's due event may need no call (an echo of the bridge's own write): asking is no sign it will.
        long wait = gate.nanosUntilTurn(Lane.IMPORT);
        assertTrue(wait > 0);
        now.addAndGet(wait);
        assertTrue(gate.tryEnter(Lane.WRITE, 0).admitted(), "a second write in a row: no import was refused");
    }

    @Test
    void aWaitingLaneInTheMiddleOfItsRunKeepsTheTurnWhoeverAsksFirst() throws InterruptedException {
        AccountGate gate = gate(new LaneSettings(1, 3, Duration.ofSeconds(10), Duration.ofMillis(100)));
        gate.tryEnter(Lane.IMPORT, 0).permit().close();
        assertFalse(gate.tryEnter(Lane.WRITE, 0).admitted(), "the write waits (pick)");
        for (int write = 1; write <= 3; write++) {
            now.addAndGet(gate.nanosUntilNext(Lane.WRITE));
            assertFalse(gate.tryEnter(Lane.IMPORT, 0).admitted(), "the import asks first, but write " + write
                    + " of the write's run of three has the turn");
            AccountGate.Entry entry = gate.tryEnter(Lane.WRITE, 0);
            assertTrue(entry.admitted(), "write " + write);
            entry.permit().close();
            assertFalse(gate.tryEnter(Lane.WRITE, 0).admitted(), "its next token is not due yet");
        }
        now.addAndGet(gate.nanosUntilNext(Lane.IMPORT));
        assertFalse(gate.tryEnter(Lane.WRITE, 0).admitted(), "three in a row: the waiting import's turn");
        assertTrue(gate.tryEnter(Lane.IMPORT, 0).admitted());
    }
}
