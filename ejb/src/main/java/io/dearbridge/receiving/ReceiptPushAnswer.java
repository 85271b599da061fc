package io.dearbridge.receiving;

import java.util.List;

/**
 * What a receiving push learnt from DEAR, for its bookkeeping: the task the arrival's stock went to and the CardIDs
 * DEAR gave its lines (per line of the arrival, null where none was matched), or the purchase credit note (task,
 * number, status) of a supplier return; {@code note} says how it went, for people.
 */
public record ReceiptPushAnswer(String taskId, List<String> cardIds, String creditNoteNumber, String status,
                                String note) {

    static ReceiptPushAnswer waiting(String note) {
        return new ReceiptPushAnswer(null, List.of(), null, null, note);
    }
}
