package io.dearbridge.admin.receipts;

import io.dearbridge.console.ConsoleReceipts;
import io.dearbridge.console.ReceiptDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One receipt: its lines (ordered, received, remaining), arrivals, returns to the supplier, DEAR's view and syncs. */
@Named("receipt")
@RequestScoped
public class ReceiptPage {

    @Inject
    ConsoleReceipts queries;

    private Long id;
    private ReceiptDetail detail;

    public void load() {
        detail = id == null ? null : queries.find(id).orElse(null);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ReceiptDetail getDetail() { return detail; }
}
