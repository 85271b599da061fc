package io.dearbridge.web.order;

import java.util.List;

/**
 * A page of orders with what a client needs to fetch the next one. From 100,000 orders on, {@code total} is
 * PostgreSQL's estimate ({@code totalEstimated} true): counting a million orders exactly would read them all.
 */
public record OrderListView(List<OrderView> items, int page, int size, long total, boolean totalEstimated) {
}
