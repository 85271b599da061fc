package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One fulfilment of a sale. Note the spellings: {@code FulfillmentNumber} with double l, and
 * {@code FulFilmentStatus} with two capital Fs (docs/dear-api.md §1.7).
 */
public record Fulfilment(
        @JsonProperty("TaskID") String taskId,
        Integer fulfillmentNumber,
        String linkedInvoiceNumber,
        @JsonProperty("FulFilmentStatus") String fulfilmentStatus,
        PickPackTask pick,
        PickPackTask pack,
        ShipTask ship) {
}
