package io.dearbridge.simulator.creditnote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A credit note task. Lines and restock lines are kept as the client sent them (plain maps) with the
 * fields DEAR computes added, because their shape is DEAR's invoice-line shape and nothing else reads them.
 * Only touched under the owning sale's lock.
 */
public final class CreditNote {

    private final String taskId;
    private final String number;
    private String status;
    private String invoiceNumber;
    private String memo;
    private String date;
    private List<Map<String, Object>> lines = new ArrayList<>();
    private List<Map<String, Object>> restock = new ArrayList<>();
    private BigDecimal conversionRate = BigDecimal.ONE;

    public CreditNote(String taskId, String number) {
        this.taskId = taskId;
        this.number = number;
    }

    public String taskId() {
        return taskId;
    }

    public String number() {
        return number;
    }

    public String status() {
        return status;
    }

    public List<Map<String, Object>> lines() {
        return lines;
    }

    public List<Map<String, Object>> restock() {
        return restock;
    }

    public void write(String status, String invoiceNumber, String memo, String date, BigDecimal conversionRate,
                      List<Map<String, Object>> lines, List<Map<String, Object>> restock) {
        this.status = status;
        this.invoiceNumber = invoiceNumber;
        this.memo = memo;
        this.date = date;
        this.conversionRate = conversionRate == null ? BigDecimal.ONE : conversionRate;
        this.lines = new ArrayList<>(lines);
        this.restock = new ArrayList<>(restock);
    }

    public void voidIt() {
        status = "VOIDED";
    }

    /** Undo (docs/dear-api.md §5): back to a draft that may be written and authorised again. */
    public void undo() {
        status = "DRAFT";
    }

    /** Restock happens when the credit note is authorised; a draft has nothing restocked yet. */
    public String restockStatus() {
        if (restock.isEmpty()) {
            return "NOT AVAILABLE";
        }
        return "AUTHORISED".equals(status) ? "RESTOCKED" : "NOT RESTOCKED";
    }

    public BigDecimal totalBeforeTax() {
        return lines.stream().map(l -> (BigDecimal) l.get("Total")).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal tax() {
        return lines.stream().map(l -> (BigDecimal) l.get("Tax")).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("TaskID", taskId);
        m.put("CreditNoteInvoiceNumber", invoiceNumber);
        m.put("CreditNoteNumber", number);
        m.put("Memo", memo);
        m.put("Status", status);
        m.put("CreditNoteDate", date);
        m.put("CreditNoteConversionRate", conversionRate);
        m.put("CombineAdditionalCharges", false);
        m.put("Lines", lines);
        m.put("AdditionalCharges", List.of());
        m.put("Refunds", List.of());
        m.put("Restock", restock);
        m.put("RestockStatus", restockStatus());
        BigDecimal before = totalBeforeTax().setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = tax().setScale(2, RoundingMode.HALF_UP);
        m.put("TotalBeforeTax", before);
        m.put("Tax", tax);
        m.put("Total", before.add(tax));
        return m;
    }
}
