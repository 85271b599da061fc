package io.dearbridge.returns;

import io.dearbridge.domain.returns.ReturnStatus;

/**
 * DEAR's credit note as the returns flow needs it: its task, number and status, and DEAR's raw answer. A parked
 * answer ({@link #parked}) means no note was written because DEAR would refuse it: {@code status} names the
 * return's state (waiting for the invoice, or to be credited in DEAR by an operator).
 */
public record CreditNoteAnswer(String taskId, String number, String status, String raw) {

    static CreditNoteAnswer parked(ReturnStatus why) {
        return new CreditNoteAnswer(null, null, why.name(), null);
    }

    boolean parked() {
        return taskId == null && raw == null && number == null
                && (ReturnStatus.WAITING_INVOICE.name().equals(status) || ReturnStatus.CREDIT_IN_DEAR.name().equals(status));
    }
}
