package io.dearbridge.returns;

import io.dearbridge.domain.returns.ReturnStatus;
import java.time.Instant;

/**
 * DEAR's credit note as the returns flow needs it: its task, number and status, and DEAR's raw answer; for a restock
 * after the note, also the stock adjustment that booked it (its number, or its Reference when only that is known).
 * A parked answer ({@link #parked}) means no note was written because DEAR would refuse it: {@code status} names the
 * return's state (waiting for the invoice, or to be credited in DEAR by an operator), and {@code saleSeenAt} is the
 * sale's {@code LastModifiedOn} as the handler read it, so the bookkeeping can tell whether an import saw a newer
 * sale (perhaps with the invoice) meanwhile.
 */
public record CreditNoteAnswer(String taskId, String number, String status, String raw, String adjustment,
                               Instant saleSeenAt) {

    public CreditNoteAnswer(String taskId, String number, String status, String raw) {
        this(taskId, number, status, raw, null, null);
    }

    public CreditNoteAnswer(String taskId, String number, String status, String raw, String adjustment) {
        this(taskId, number, status, raw, adjustment, null);
    }

    static CreditNoteAnswer parked(ReturnStatus why, Instant saleSeenAt) {
        return new CreditNoteAnswer(null, null, why.name(), null, null, saleSeenAt);
    }

    boolean parked() {
        return taskId == null && raw == null && number == null
                && (ReturnStatus.WAITING_INVOICE.name().equals(status) || ReturnStatus.CREDIT_IN_DEAR.name().equals(status));
    }
}
