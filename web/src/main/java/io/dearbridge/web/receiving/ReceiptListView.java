package io.dearbridge.web.receiving;

import java.util.List;

/** A page of receipts with what a client needs to fetch the next one. */
public record ReceiptListView(List<ReceiptView> items, int page, int size, long total) {
}
