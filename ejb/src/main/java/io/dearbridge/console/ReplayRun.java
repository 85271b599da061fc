package io.dearbridge.console;

/**
 * How far a 'replay all that match' has got: syncs matched, looked at, replayed (only FAILED ones are), batches
 * committed of all; {@code problem} when a batch failed (the batches before it stay committed).
 */
public record ReplayRun(String id, int matched, int done, int replayed, int batchesDone, int batches,
                        boolean finished, String problem) {

    ReplayRun afterBatch(int size, int replayedInBatch) {
        return new ReplayRun(id, matched, done + size, replayed + replayedInBatch, batchesDone + 1, batches,
                batchesDone + 1 == batches, problem);
    }

    ReplayRun failed(String why) {
        return new ReplayRun(id, matched, done, replayed, batchesDone, batches, true, why);
    }

    public String summary() {
        String progress = "Replayed " + replayed + " failed sync(s) of the " + matched + " that match the filter: batch "
                + batchesDone + " of " + batches + " committed";
        if (problem != null) {
            return progress + "; stopped: " + problem;
        }
        return finished ? progress + " (held and retrying ones are left as they are)." : progress + ", going on…";
    }
}
