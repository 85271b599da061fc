package io.dearbridge.returns;

/**
 * DEAR's credit note as the returns flow needs it: its task, number and status, and DEAR's raw answer; for a restock
 * after the note, also the stock adjustment that booked it (its number, or its Reference when only that is known).
 */
public record CreditNoteAnswer(String taskId, String number, String status, String raw, String adjustment) {

    public CreditNoteAnswer(String taskId, String number, String status, String raw) {
        this(taskId, number, status, raw, null);
    }
}
