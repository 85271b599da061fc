package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A credit note: the body of {@code POST sale/creditnote} (with {@code SaleID}) and an element of
 * {@code CreditNotes} in responses. {@link #NEW_TASK} as {@code TaskID} creates a new credit note, so such a
 * POST is never retried blindly (docs/dear-api.md §7).
 */
public record CreditNote(
        @JsonProperty("SaleID") String saleId,
        @JsonProperty("TaskID") String taskId,
        Boolean combineAdditionalCharges,
        String creditNoteInvoiceNumber,
        String memo,
        String status,
        Instant creditNoteDate,
        String creditNoteNumber,
        BigDecimal creditNoteConversionRate,
        List<CreditNoteLine> lines,
        List<AdditionalCharge> additionalCharges,
        List<RestockLine> restock,
        BigDecimal totalBeforeTax,
        BigDecimal tax,
        BigDecimal total) {

    public static final String NEW_TASK = "00000000-0000-0000-0000-000000000000";

    public CreditNote {
        lines = Lists.orEmpty(lines);
        additionalCharges = Lists.orEmpty(additionalCharges);
        restock = Lists.orEmpty(restock);
    }
}
