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
 * Work that has called DEAR waits for its next token rather than being deferred (issue 21): at DEAR's default pacing
 * a token is about 1.02 s away after a call, longer than the 1 s a dispatched call may wait before it is deferred, so
 * a read-then-write command deferred at its write would read again and again without ever writing.
 */
class StartedWorkTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final List<Long> slept = new ArrayList<>();

    private AccountGate gate() {
        // Lanes that alternate (weights 1 and 1), so that the rival's turn is plain.
        return new AccountGate(RateSettings.DEAR_DEFAULT, new TokenBucket(RateSettings.DEAR_DEFAULT, now::get),
                new LaneSettings(1, 1, LaneSettings.DEFAULT.demandMemory(), LaneSettings.DEFAULT.deferAfter()),
                now::get, nanos -> {
                    slept.add(nanos);
                    now.addAndGet(nanos);
                    return false;
                });
    }

    @Test
    void atDearsDefaultPacingTheSecondCallOfAPieceOfWorkWouldBeDeferred() throws InterruptedException {
        AccountGate gate = gate();
        gate.tryEnter(Lane.WRITE, LaneSettings.DEFAULT.deferAfter().toNanos()).permit().close();
        assertFalse(gate.tryEnter(Lane.WRITE, LaneSettings.DEFAULT.deferAfter().toNanos()).admitted(),
                "the premise: a token is further away than defer-after");
    }

    @Test
    void startedWorkWaitsForItsNextTokenEvenWhenTheRivalLaneHasTheTurn() throws InterruptedException {
        AccountGate gate = gate();
        gate.tryEnter(Lane.WRITE, 0).permit().close();
        // The import lane asked and was refused: by turns it is next, and a write that has not started is refused.
        assertFalse(gate.tryEnter(Lane.IMPORT, 0).admitted());
        assertFalse(gate.tryEnter(Lane.WRITE, 10 * SECOND).admitted(), "an unstarted write waits for its turn");

        AccountGate.Permit finishing = gate.enter(Lane.WRITE, Duration.ofSeconds(60).toNanos()).orElseThrow();
        finishing.close();
        assertEquals(1, slept.size());
        assertEquals(RateSettings.DEAR_DEFAULT.intervalNanos(), slept.get(0), SECOND / 100.0);
    }

    @Test
    void startedWorkLeavesWhenItsTokenIsFurtherAwayThanItMayWait() throws InterruptedException {
        AccountGate gate = gate();
        gate.pauseFor(120 * SECOND);
        assertTrue(gate.enter(Lane.WRITE, 60 * SECOND).isEmpty());
        assertTrue(slept.isEmpty());
    }

    @Test
    void aWorksCallsAreCountedAndItsSuccessfulOnesAbandonedOnce() {
        assertFalse(DearWork.started(), "outside a dispatcher nothing has started");
        List<Integer> wasted = new ArrayList<>();
        DearWork.run(Lane.WRITE, () -> {
            assertFalse(DearWork.started());
            DearWork.sent(true);
            assertTrue(DearWork.started());
            DearWork.sent(false);
            wasted.add(DearWork.abandon());
            wasted.add(DearWork.abandon());
            DearWork.run(Lane.IMPORT, () -> assertFalse(DearWork.started(), "nested work starts afresh"));
            assertTrue(DearWork.started(), "the outer work's count survives the nested one");
        });
        assertEquals(List.of(1, 0), wasted);
        assertFalse(DearWork.started());
    }

    @Test
    void theDispatcherIsToldOnceWhenTheWorksFirstCallHasItsToken() {
        List<String> told = new ArrayList<>();
        DearWork.run(Lane.IMPORT, () -> {
            told.add("before any call");
            DearWork.admitted();
            DearWork.admitted();
        }, () -> told.add("token"));
        assertEquals(List.of("before any call", "token"), told);
        DearWork.admitted();
        assertEquals(2, told.size(), "outside the work nobody is told");
    }
}
