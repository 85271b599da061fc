package io.dearbridge.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ReplayAllTest {

    @Test
    void refsAreCutIntoBatchesOfTheGivenSize() {
        List<SyncRef> refs = LongStream.rangeClosed(1, 5).mapToObj(id -> new SyncRef(SyncSide.OUTBOX, id)).toList();
        List<List<SyncRef>> batches = ReplayAll.batches(refs, 2);
        assertEquals(List.of(2, 2, 1), batches.stream().map(List::size).toList());
        assertEquals(refs, batches.stream().flatMap(List::stream).toList());
        assertEquals(List.of(), ReplayAll.batches(List.of(), 100));
    }

    @Test
    void progressSaysHowFarTheRunGot() {
        ReplayRun run = new ReplayRun("r", 3, 0, 0, 0, 2, false, null).afterBatch(2, 1);
        assertEquals("Replayed 1 failed sync(s) of the 3 that match the filter: batch 1 of 2 committed, going on…",
                run.summary());
        run = run.afterBatch(1, 1);
        assertEquals(true, run.finished());
        assertEquals("Replayed 2 failed sync(s) of the 3 that match the filter: batch 2 of 2 committed (held and"
                + " retrying ones are left as they are).", run.summary());
    }
}
