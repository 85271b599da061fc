package io.dearbridge.order;

import io.dearbridge.domain.order.WarehouseOrder;
import java.util.List;

/**
 * One page of orders, fully loaded, with the total across all pages; a total of {@link
 * io.dearbridge.schema.RowEstimates#ESTIMATE_FROM} or more is PostgreSQL's estimate ({@code totalEstimated}).
 */
public record OrderPage(List<WarehouseOrder> orders, int page, int size, long total, boolean totalEstimated) {
}
