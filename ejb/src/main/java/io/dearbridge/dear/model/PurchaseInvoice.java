package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A purchase invoice as the purchase document embeds it: the bridge reads only its status (the Invoice-first gate).
 * The Simple document spells the number {@code InvocieNumber}.
 */
public record PurchaseInvoice(
        @JsonProperty("TaskID") String taskId,
        String status,
        @JsonAlias("InvocieNumber") String invoiceNumber) {
}
