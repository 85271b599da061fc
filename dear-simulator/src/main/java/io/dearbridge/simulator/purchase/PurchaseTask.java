package io.dearbridge.simulator.purchase;

import java.util.ArrayList;
import java.util.List;

/**
 * One "Invoicing & Receiving" group: its stock received, put-away (advanced only) and invoice, all under one TaskID
 * (PURCHASES.md §1.1, §3.3 item 2). A simple purchase has exactly one, whose TaskID is the purchase ID.
 */
public final class PurchaseTask {

    private final String taskId;
    private final int number;
    private String stockStatus = PurchaseStatuses.NOT_AVAILABLE;
    private final List<ReceivedLine> stockLines = new ArrayList<>();
    private String putAwayStatus = PurchaseStatuses.NOT_AVAILABLE;
    private final List<ReceivedLine> putAwayLines = new ArrayList<>();
    private String invoiceStatus = PurchaseStatuses.NOT_AVAILABLE;
    private String invoiceNumber;
    private String invoiceDate;
    private List<PurchaseLine> invoiceLines = new ArrayList<>();

    public PurchaseTask(String taskId, int number) {
        this.taskId = taskId;
        this.number = number;
    }

    public String taskId() { return taskId; }
    public int number() { return number; }
    public String stockStatus() { return stockStatus; }
    public List<ReceivedLine> stockLines() { return stockLines; }
    public String putAwayStatus() { return putAwayStatus; }
    public List<ReceivedLine> putAwayLines() { return putAwayLines; }
    public String invoiceStatus() { return invoiceStatus; }
    public String invoiceNumber() { return invoiceNumber; }
    public String invoiceDate() { return invoiceDate; }
    public List<PurchaseLine> invoiceLines() { return invoiceLines; }

    public void stockStatus(String s) { stockStatus = s; }
    public void putAwayStatus(String s) { putAwayStatus = s; }
    public void invoiceStatus(String s) { invoiceStatus = s; }

    public void invoice(String number, String date, List<PurchaseLine> lines) {
        this.invoiceNumber = number;
        this.invoiceDate = date;
        this.invoiceLines = new ArrayList<>(lines);
    }

    public boolean invoiceAuthorised() {
        return PurchaseStatuses.invoiced(invoiceStatus);
    }

    public boolean stockAuthorised() {
        return PurchaseStatuses.AUTHORISED.equals(stockStatus);
    }

    /** The same group under another TaskID (a Simple to Advanced conversion renumbers it; PURCHASES.md §1.1). */
    public PurchaseTask copyAs(String newTaskId, int newNumber) {
        PurchaseTask t = new PurchaseTask(newTaskId, newNumber);
        t.stockStatus = stockStatus;
        t.stockLines.addAll(stockLines);
        t.putAwayStatus = putAwayStatus;
        t.putAwayLines.addAll(putAwayLines);
        t.invoiceStatus = invoiceStatus;
        t.invoiceNumber = invoiceNumber;
        t.invoiceDate = invoiceDate;
        t.invoiceLines = new ArrayList<>(invoiceLines);
        return t;
    }

    public boolean putAwayAuthorised() {
        return PurchaseStatuses.AUTHORISED.equals(putAwayStatus);
    }
}
