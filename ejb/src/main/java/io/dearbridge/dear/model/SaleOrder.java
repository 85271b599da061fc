package io.dearbridge.dear.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code Order} (and, with no order number, the {@code Quote}) stage of a sale. The order number lives
 * here, not on the sale (docs/dear-api.md §3.2).
 */
public record SaleOrder(
        String saleOrderNumber,
        String memo,
        String status,
        List<OrderLine> lines,
        List<AdditionalCharge> additionalCharges,
        BigDecimal totalBeforeTax,
        BigDecimal tax,
        BigDecimal total) {

    public SaleOrder {
        lines = Lists.orEmpty(lines);
        additionalCharges = Lists.orEmpty(additionalCharges);
    }
}
