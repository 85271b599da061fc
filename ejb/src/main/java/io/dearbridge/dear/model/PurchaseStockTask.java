package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stock-received document (Simple: the one, its TaskID the purchase ID, sometimes left out) or one receiving or
 * put-away task of an Advanced purchase.
 */
public record PurchaseStockTask(
        @JsonProperty("TaskID") String taskId,
        String status,
        Integer invoicingAndReceivingNumber,
        List<PurchaseStockLine> lines) {

    public PurchaseStockTask {
        lines = Lists.orEmpty(lines);
    }
}
