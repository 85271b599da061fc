package io.dearbridge.simulator.purchase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A purchase credit note (PURCHASES.md §6): money lines and the Unstock lines that take received cards back out. */
public final class PurchaseCreditNote {

    /** One Unstock line: the card and how much of it leaves; the rest is derived from the card (§6.1). */
    public record Unstock(ReceivedLine card, BigDecimal quantity, String date) {
    }

    private final String taskId;
    private String number;
    private String invoiceNumber;
    private String date;
    private String status = PurchaseStatuses.DRAFT;
    private List<Map<String, Object>> lines = new ArrayList<>();
    private final List<Unstock> unstock = new ArrayList<>();

    public PurchaseCreditNote(String taskId) {
        this.taskId = taskId;
    }

    public String taskId() { return taskId; }
    public String number() { return number; }
    public String invoiceNumber() { return invoiceNumber; }
    public String date() { return date; }
    public String status() { return status; }
    public List<Map<String, Object>> lines() { return lines; }
    public List<Unstock> unstock() { return unstock; }

    public void header(String number, String invoiceNumber, String date) {
        this.number = number;
        this.invoiceNumber = invoiceNumber;
        this.date = date;
    }

    public void status(String s) { status = s; }

    public void lines(List<Map<String, Object>> newLines) {
        lines = new ArrayList<>(newLines);
    }

    public boolean authorised() {
        return PurchaseStatuses.AUTHORISED.equals(status);
    }
}
