package io.dearbridge.domain.receiving;

import java.util.List;
import java.util.Locale;

/**
 * One stock-received or put-away task as DEAR shows it (a Simple purchase has one stock-received task whose TaskID is
 * the purchase's ID; an Advanced purchase one per Invoicing &amp; Receiving group). The status is kept trimmed and
 * upper-cased, since DEAR's spelling varies (PURCHASES.md §3.3 item 8).
 */
public record ArrivalDearTask(String taskId, String status, List<ArrivalDearLine> lines) {

    public ArrivalDearTask {
        status = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public boolean authorised() {
        return "AUTHORISED".equals(status);
    }

    public boolean voided() {
        return "VOIDED".equals(status);
    }

    public boolean sameTask(String other) {
        return taskId != null && other != null && taskId.equalsIgnoreCase(other);
    }
}
