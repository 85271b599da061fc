package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.List;

/**
 * A purchase credit note (PURCHASES.md §6.1): the body of {@code POST purchase/creditnote} (Simple: {@code TaskID} =
 * the purchase's ID) and {@code POST advanced-purchase/creditnote} ({@code PurchaseID}, {@code TaskID} the empty GUID
 * for a new note, {@code CreditNoteInvoiceNumber}), and each note DEAR answers with. {@code CreditNoteNumber} is the
 * caller's (required): the bridge gives each supplier return its own, and finds its note again by it. {@code Unstock}
 * is a plain array on these endpoints but an object {@code {Status, Lines}} inside a Simple purchase's document;
 * both are read.
 */
public record PurchaseCreditNote(
        @JsonProperty("PurchaseID") String purchaseId,
        @JsonProperty("TaskID") String taskId,
        Boolean combineAdditionalCharges,
        String creditNoteInvoiceNumber,
        String creditNoteNumber,
        Instant creditNoteDate,
        String status,
        List<PurchaseCreditNoteLine> lines,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = PurchaseCreditNoteUnstockReader.class)
        List<PurchaseCreditNoteUnstock> unstock) {

    public List<PurchaseCreditNoteLine> lines() {
        return lines == null ? List.of() : lines;
    }

    public List<PurchaseCreditNoteUnstock> unstock() {
        return unstock == null ? List.of() : unstock;
    }
}
