package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** DEAR's answer to {@code POST advanced-purchase/creditnote} and its GET: every credit note of the purchase. */
public record PurchaseCreditNoteList(
        @JsonProperty("PurchaseID") String purchaseId,
        List<PurchaseCreditNote> creditNotes) {

    public List<PurchaseCreditNote> creditNotes() {
        return creditNotes == null ? List.of() : creditNotes;
    }
}
