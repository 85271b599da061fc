package io.dearbridge.dear.model;

import java.math.BigDecimal;

/** A non-stock charge on a quote, order, invoice or credit note, e.g. freight. */
public record AdditionalCharge(
        String description,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal discount,
        BigDecimal tax,
        BigDecimal total,
        String taxRule,
        String comment) {
}
