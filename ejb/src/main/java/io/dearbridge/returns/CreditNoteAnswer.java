package io.dearbridge.returns;

/** DEAR's credit note as the returns flow needs it: its task, number and status, and DEAR's raw answer. */
public record CreditNoteAnswer(String taskId, String number, String status, String raw) {
}
