package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.creditnote.CreditNote;
import io.dearbridge.simulator.fulfilment.Fulfilment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sale's mutable state. Every read and write of a sale happens while holding its monitor
 * ({@code synchronized (sale)}), which keeps a stage write and its status roll-up atomic.
 */
public final class Sale {

    public static final String SIMPLE = "Simple Sale";
    public static final String ADVANCED = "Advanced Sale";
    /** Service products only: no order or fulfilment endpoints; its TaskID is the SaleID (docs/dear-api.md §3.4). */
    public static final String SERVICE = "Service Sale";
    /** Order authorised without stock allocation (docs/dear-api.md §3.4): not pickable. */
    public static final String AUTH_NO_ALLOC = "AUTH_NO_ALLOC";

    private final String id;
    private final String accountId;
    private final long sequence;
    private final String orderNumber;
    private final String customer;
    private final String customerId;
    private final String contact;
    private final String phone;
    private final String email;
    private final String customerReference;
    private final Address billingAddress;
    private final Address shippingAddress;
    private final String shippingNotes;
    private final String location;
    private final String locationId;
    private final LocalDate orderDate;
    private final LocalDate shipBy;
    private final String carrier;
    private String orderStatus = "DRAFT";
    private String type = SIMPLE;
    private BigDecimal currencyRate = BigDecimal.ONE;
    private List<OrderLine> lines;
    private final List<Fulfilment> fulfilments = new ArrayList<>();
    private final List<CreditNote> creditNotes = new ArrayList<>();
    private Instant lastModified;
    private boolean serviceOnly;
    /** Set only when a DEAR user changed the invoice; otherwise {@link SaleInvoice} derives it. */
    private String invoiceStatus;
    /** {@code CombinedPaymentStatus} once a payment was entered; null = UNPAID. */
    private String paymentStatus;
    /** When DEAR last listed the sale as changed without changing its {@code Updated} (see leakOldRows). */
    private Instant relistedAt;
    private boolean autoInvoice = true;

    public Sale(String id, String accountId, long sequence, String orderNumber, Customer customer,
                String customerReference, Address shippingAddress, String shippingNotes, String location,
                String locationId, LocalDate orderDate, String carrier, List<OrderLine> lines, Instant created) {
        this.id = id;
        this.accountId = accountId;
        this.sequence = sequence;
        this.orderNumber = orderNumber;
        this.customer = customer.name();
        this.customerId = customer.id();
        this.contact = customer.contact();
        this.phone = customer.phone();
        this.email = customer.email();
        this.billingAddress = customer.billing();
        this.customerReference = customerReference;
        this.shippingAddress = shippingAddress;
        this.shippingNotes = shippingNotes;
        this.location = location;
        this.locationId = locationId;
        this.orderDate = orderDate;
        this.shipBy = orderDate.plusDays(4);
        this.carrier = carrier;
        this.lines = new ArrayList<>(lines);
        this.lastModified = created;
    }

    public String id() { return id; }
    public String accountId() { return accountId; }
    public long sequence() { return sequence; }
    public String orderNumber() { return orderNumber; }
    public String customer() { return customer; }
    public String customerId() { return customerId; }
    public String contact() { return contact; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String customerReference() { return customerReference; }
    public Address billingAddress() { return billingAddress; }
    public Address shippingAddress() { return shippingAddress; }
    public String shippingNotes() { return shippingNotes; }
    public String location() { return location; }
    public String locationId() { return locationId; }
    public LocalDate orderDate() { return orderDate; }
    public LocalDate shipBy() { return shipBy; }
    public String carrier() { return carrier; }
    public String orderStatus() { return orderStatus; }
    public String type() { return type; }
    public List<OrderLine> lines() { return lines; }
    public List<Fulfilment> fulfilments() { return fulfilments; }
    public List<CreditNote> creditNotes() { return creditNotes; }
    public Instant lastModified() { return lastModified; }
    public String invoiceStatus() { return invoiceStatus; }

    /** Whether the invoice is authorised by itself once a shipment is (the account's auto-invoice setting). */
    public boolean autoInvoice() { return autoInvoice; }

    public void autoInvoice(boolean on) {
        this.autoInvoice = on;
    }

    public void invoiceStatus(String status) {
        this.invoiceStatus = status;
    }

    public String paymentStatus() { return paymentStatus; }
    public Instant relistedAt() { return relistedAt; }

    public void paymentStatus(String status) {
        this.paymentStatus = status;
    }

    /** DEAR lists the sale under {@code UpdatedSince} of an earlier time, with its old {@code Updated}. */
    public void relist(Instant now) {
        this.relistedAt = now;
    }

    /** A bulk change: many documents get the same {@code LastModifiedOn}. Never moves it back. */
    public void restamp(Instant at) {
        if (at.isAfter(lastModified)) {
            lastModified = at;
        }
    }

    public boolean voided() {
        return "VOIDED".equals(orderStatus);
    }

    public boolean authorised() {
        return "AUTHORISED".equals(orderStatus);
    }

    /** Authorised, with or without stock allocation: the order stands, though only AUTHORISED may be picked. */
    public boolean ordered() {
        return authorised() || AUTH_NO_ALLOC.equals(orderStatus);
    }

    public boolean serviceOnly() {
        return serviceOnly;
    }

    public void serviceOnly(boolean value) {
        this.serviceOnly = value;
        if (value) {
            this.type = SERVICE;
        }
    }

    public void orderStatus(String status) {
        this.orderStatus = status;
    }

    public void type(String type) {
        this.type = type;
    }

    /** Units of the customer's currency per base currency unit (DEAR's {@code CurrencyRate}); 1 for a home sale. */
    public BigDecimal currencyRate() {
        return currencyRate;
    }

    public void currencyRate(BigDecimal rate) {
        this.currencyRate = rate == null ? BigDecimal.ONE : rate;
    }

    public void replaceLines(List<OrderLine> newLines) {
        this.lines = new ArrayList<>(newLines);
    }

    /** LastModifiedOn only moves forward, even when two changes land in the same millisecond. */
    public void touch(Instant now) {
        lastModified = now.isAfter(lastModified) ? now : lastModified.plusMillis(1);
    }

    public Optional<Fulfilment> fulfilment(String taskId) {
        return fulfilments.stream().filter(f -> f.taskId().equalsIgnoreCase(taskId)).findFirst();
    }

    public List<Fulfilment> activeFulfilments() {
        return fulfilments.stream().filter(f -> !f.voided()).toList();
    }

    public Map<String, BigDecimal> orderedBySku() {
        Map<String, BigDecimal> m = new HashMap<>();
        for (OrderLine l : lines) {
            m.merge(l.sku().toUpperCase(), l.quantity(), BigDecimal::add);
        }
        return m;
    }

    /** What can be picked at all: ordered minus backordered, per SKU; drop-ship lines are never picked. */
    public Map<String, BigDecimal> pickableBySku() {
        Map<String, BigDecimal> m = new HashMap<>();
        for (OrderLine l : lines) {
            if (l.dropShip()) {
                continue;
            }
            m.merge(l.sku().toUpperCase(), l.quantity().subtract(l.backorderQuantity()), BigDecimal::add);
        }
        return m;
    }

    /** The quantity the warehouse ships: drop-ship lines leave from the supplier. */
    public BigDecimal orderedTotal() {
        return lines.stream().filter(l -> !l.dropShip()).map(OrderLine::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<OrderLine> line(String sku) {
        return lines.stream().filter(l -> l.sku().equalsIgnoreCase(sku)).findFirst();
    }

    public boolean backordered() {
        return lines.stream().anyMatch(l -> l.backorderQuantity().signum() > 0);
    }
}
