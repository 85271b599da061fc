package io.dearbridge.order;

import io.dearbridge.domain.order.WarehouseOrder;
import java.util.List;

/** One page of orders, fully loaded, with the total across all pages. */
public record OrderPage(List<WarehouseOrder> orders, int page, int size, long total) {
}
