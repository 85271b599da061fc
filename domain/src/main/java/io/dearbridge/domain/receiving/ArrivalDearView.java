package io.dearbridge.domain.receiving;

import java.util.List;

/**
 * A purchase as DEAR shows it when an arrival is about to be written, read again before every write (its type can
 * change behind the bridge's back, PURCHASES.md §1.1): whether it is Advanced (decided from the document's shape),
 * the Invoice-first gate, whether it is voided, its stock-received tasks and (Advanced) its put-away tasks.
 */
public record ArrivalDearView(boolean advanced, boolean invoiceFirst, boolean invoiceAuthorised, boolean voided,
                              List<ArrivalDearTask> stockReceived, List<ArrivalDearTask> putAway) {

    public ArrivalDearView {
        stockReceived = stockReceived == null ? List.of() : List.copyOf(stockReceived);
        putAway = putAway == null ? List.of() : List.copyOf(putAway);
    }

    /** DEAR refuses stock received (and put-away) until the invoice is AUTHORISED or PAID (PURCHASES.md §1.2). */
    public boolean invoiceGateClosed() {
        return invoiceFirst && !invoiceAuthorised;
    }
}
