package io.dearbridge.reconcile;

import java.time.Instant;

/**
 * What one pass did: the {@code UpdatedSince} it asked for, rows listed, events queued (and how many of those were
 * recognised as already queued), and the watermark after it. {@code outcome} is COMPLETED, BUSY (another pass
 * holds the account's lease) or FAILED (with the reason; the watermark did not move).
 */
public record ReconcileReport(String account, String outcome, Instant since, int listed, int queued,
                              int alreadyQueued, Instant watermark, String detail) {

    static ReconcileReport busy(String account, String holder) {
        return new ReconcileReport(account, "BUSY", null, 0, 0, 0, null, "a pass is running on " + holder);
    }

    @Override
    public String toString() {
        return outcome + " since " + since + ": listed " + listed + ", queued " + queued
                + (alreadyQueued > 0 ? " (" + alreadyQueued + " already queued)" : "") + ", watermark " + watermark
                + (detail == null || detail.isEmpty() ? "" : "; " + detail);
    }
}
