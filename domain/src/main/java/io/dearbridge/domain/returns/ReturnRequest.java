package io.dearbridge.domain.returns;

import java.math.BigDecimal;

/** One line as the warehouse sends it: checked by {@link ReturnDesk} before anything is stored. */
public record ReturnRequest(String sku, BigDecimal quantity, ItemCondition condition, String location) {
}
