package io.dearbridge.console;

import io.dearbridge.domain.receiving.LineProgress;
import io.dearbridge.domain.receiving.Receipt;
import java.util.List;

/**
 * A receipt as its console page shows it: the loaded receipt, each line's ordered, received and remaining quantities,
 * and its syncs both ways (DEAR's purchase events, and the writes of its arrivals and returns).
 */
public record ReceiptDetail(Receipt receipt, List<LineProgress> lines, List<OrderDetail.Sync> syncs) {
}
