package io.dearbridge.receiving;

import io.dearbridge.domain.receiving.Receipt;
import java.util.List;

/** One page of receipts, fully loaded, with the total across all pages. */
public record ReceiptPage(List<Receipt> receipts, int page, int size, long total) {
}
