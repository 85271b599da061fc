package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** What the bridge reads of a sale's invoice: enough to name it in a credit note. */
public record InvoiceSummary(
        @JsonProperty("TaskID") String taskId,
        String invoiceNumber,
        String status,
        Instant invoiceDate,
        Instant invoiceDueDate,
        String linkedFulfillmentNumber,
        BigDecimal total,
        BigDecimal paid) {
}
