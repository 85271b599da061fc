package io.dearbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrainLoopTest {

    private final Deque<List<Integer>> due = new ArrayDeque<>();
    private final List<Integer> processed = new ArrayList<>();

    private List<Integer> claim() {
        return due.isEmpty() ? List.of() : due.poll();
    }

    @Test
    void aKickDrainsEveryDueBatch() {
        due.add(List.of(1, 2));
        due.add(List.of(3));
        DrainLoop<Integer> loop = new DrainLoop<>("test", Runnable::run, this::claim, processed::addAll);
        loop.kick();
        assertEquals(List.of(1, 2, 3), processed);
    }

    @Test
    void aKickDuringADrainMakesItLookAgain() {
        List<DrainLoop<Integer>> self = new ArrayList<>();
        due.add(List.of(1));
        DrainLoop<Integer> loop = new DrainLoop<>("test", Runnable::run, this::claim, batch -> {
            processed.addAll(batch);
            if (batch.contains(1)) {
                self.get(0).kick();
                due.add(List.of(2));
            }
        });
        self.add(loop);
        loop.kick();
        assertEquals(List.of(1, 2), processed);
    }

    @Test
    void onceStoppedNothingMoreIsClaimed() {
        List<DrainLoop<Integer>> self = new ArrayList<>();
        due.add(List.of(1));
        due.add(List.of(2));
        DrainLoop<Integer> loop = new DrainLoop<>("test", Runnable::run, this::claim, batch -> {
            processed.addAll(batch);
            self.get(0).stop();
        });
        self.add(loop);
        loop.kick();
        loop.kick();
        assertEquals(List.of(1), processed);
        assertEquals(1, due.size());
    }
}
