package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET sale/creditnote?SaleID=} and the POST response: a sale's credit notes. */
public record CreditNoteList(
        @JsonProperty("SaleID") String saleId,
        List<CreditNote> creditNotes) {

    public CreditNoteList {
        creditNotes = Lists.orEmpty(creditNotes);
    }
}
