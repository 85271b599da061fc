package io.dearbridge.web.order;

import java.util.List;

/** A page of orders with what a client needs to fetch the next one. */
public record OrderListView(List<OrderView> items, int page, int size, long total) {
}
