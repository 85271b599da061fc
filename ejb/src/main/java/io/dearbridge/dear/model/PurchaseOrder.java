package io.dearbridge.dear.model;

import java.util.List;

/** A purchase's order stage: its status and lines (which carry no line IDs). */
public record PurchaseOrder(String status, String memo, List<PurchaseOrderLine> lines) {

    public PurchaseOrder {
        lines = Lists.orEmpty(lines);
    }
}
