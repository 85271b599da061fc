package io.dearbridge.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A DEAR sale at one moment, in the domain's words: what the importer hands the order. DEAR's wire
 * format is translated into this in the {@code dear} package and goes no further.
 */
public record SaleSnapshot(String saleId, String saleOrderNumber, String saleStatus, String orderStatus,
                           String saleType, String location, String customer, String customerReference,
                           Instant lastModifiedOn, Address shippingAddress, String shippingNotes, String carrier,
                           String trackingNumbers, List<Line> lines, List<Fulfilment> fulfilments,
                           List<CreditNote> creditNotes, Details details) {

    public static final String SERVICE_SALE = "Service Sale";

    public SaleSnapshot {
        lines = lines == null ? List.of() : List.copyOf(lines);
        fulfilments = fulfilments == null ? List.of() : List.copyOf(fulfilments);
        creditNotes = creditNotes == null ? List.of() : List.copyOf(creditNotes);
        details = details == null ? Details.NONE : details;
    }

    /** A snapshot without credit notes (the sale has none, or the caller does not care). */
    public SaleSnapshot(String saleId, String saleOrderNumber, String saleStatus, String orderStatus,
                        String saleType, String location, String customer, String customerReference,
                        Instant lastModifiedOn, Address shippingAddress, String shippingNotes, String carrier,
                        String trackingNumbers, List<Line> lines, List<Fulfilment> fulfilments) {
        this(saleId, saleOrderNumber, saleStatus, orderStatus, saleType, location, customer, customerReference,
                lastModifiedOn, shippingAddress, shippingNotes, carrier, trackingNumbers, lines, fulfilments, List.of(),
                Details.NONE);
    }

    public SaleSnapshot(String saleId, String saleOrderNumber, String saleStatus, String orderStatus,
                        String saleType, String location, String customer, String customerReference,
                        Instant lastModifiedOn, Address shippingAddress, String shippingNotes, String carrier,
                        String trackingNumbers, List<Line> lines, List<Fulfilment> fulfilments,
                        List<CreditNote> creditNotes) {
        this(saleId, saleOrderNumber, saleStatus, orderStatus, saleType, location, customer, customerReference,
                lastModifiedOn, shippingAddress, shippingNotes, carrier, trackingNumbers, lines, fulfilments,
                creditNotes, Details.NONE);
    }

    /** A snapshot with the warehouse's details and no credit notes. */
    public SaleSnapshot(String saleId, String saleOrderNumber, String saleStatus, String orderStatus,
                        String saleType, String location, String customer, String customerReference,
                        Instant lastModifiedOn, Address shippingAddress, String shippingNotes, String carrier,
                        String trackingNumbers, List<Line> lines, List<Fulfilment> fulfilments, Details details) {
        this(saleId, saleOrderNumber, saleStatus, orderStatus, saleType, location, customer, customerReference,
                lastModifiedOn, shippingAddress, shippingNotes, carrier, trackingNumbers, lines, fulfilments,
                List.of(), details);
    }

    public boolean voided() {
        return voided(saleStatus, orderStatus);
    }

    public boolean authorised() {
        return authorised(orderStatus);
    }

    public static boolean voided(String saleStatus, String orderStatus) {
        return "VOIDED".equalsIgnoreCase(saleStatus) || "VOIDED".equalsIgnoreCase(orderStatus);
    }

    /** The order is authorised (DEAR also reports fulfilled and closed orders as beyond authorised). */
    public static boolean authorised(String orderStatus) {
        return orderStatus != null && switch (orderStatus.toUpperCase()) {
            case "AUTHORISED", "AUTH_NO_ALLOC", "FULFILLED", "CLOSED" -> true;
            default -> false;
        };
    }

    /**
     * DEAR takes a pick only while the order is AUTHORISED (docs/dear-api.md §4.2); {@code AUTH_NO_ALLOC} ("authorised
     * without stock allocation", docs/dear-api.md §3.4) stands but may not be picked yet. FULFILLED and CLOSED orders are
     * past picking and keep the status their fulfilments give them.
     */
    static boolean releasedForPicking(String orderStatus) {
        return authorised(orderStatus) && !"AUTH_NO_ALLOC".equalsIgnoreCase(orderStatus);
    }

    /**
     * What the warehouse needs beyond lines and address: when to ship by, how to reach the customer, and DEAR's
     * {@code CombinedPaymentStatus} (docs/dear-api.md §3.4), which an account that ships only once paid waits on; and
     * whether the sale has an AUTHORISED or PAID invoice, which a credit note needs (§6.1; null: not known).
     */
    public record Details(String phone, String email, LocalDate shipBy, boolean serviceOnly, String paymentStatus,
                          Boolean invoiced) {
        public static final Details NONE = new Details(null, null, null, false, null, null);

        public Details(String phone, String email, LocalDate shipBy, boolean serviceOnly) {
            this(phone, email, shipBy, serviceOnly, null, null);
        }

        public Details(String phone, String email, LocalDate shipBy, boolean serviceOnly, String paymentStatus) {
            this(phone, email, shipBy, serviceOnly, paymentStatus, null);
        }

        /** DEAR shows the sale fully paid, or paid before it was invoiced. */
        public boolean fullyPaid() {
            return "PAID".equalsIgnoreCase(paymentStatus) || "PREPAID".equalsIgnoreCase(paymentStatus);
        }
    }

    /** DEAR sometimes fills only the display lines (docs/dear-api.md §3.2); they are kept for that case. */
    public record Address(String line1, String line2, String city, String state, String postcode, String country,
                          String company, String contact, String displayLine1, String displayLine2) {

        public Address(String line1, String line2, String city, String state, String postcode, String country,
                       String company, String contact) {
            this(line1, line2, city, state, postcode, country, company, contact, null, null);
        }
    }

    /** @param dropShip the supplier ships this line: shown to the warehouse, never picked */
    public record Line(String productId, String sku, String name, BigDecimal quantity, BigDecimal backorderQuantity,
                       String comment, boolean dropShip) {

        public Line(String productId, String sku, String name, BigDecimal quantity, BigDecimal backorderQuantity) {
            this(productId, sku, name, quantity, backorderQuantity, null, false);
        }
    }

    /** @param shipAddress where this fulfilment ships to ({@code Ship.ShippingAddress}), null when DEAR gave none */
    public record Fulfilment(String taskId, int number, String fulfilmentStatus, String pickStatus, String packStatus,
                             String shipStatus, List<Shipment> shipments, Address shipAddress, String shipNotes) {

        public Fulfilment {
            shipments = shipments == null ? List.of() : List.copyOf(shipments);
        }

        public Fulfilment(String taskId, int number, String fulfilmentStatus, String pickStatus, String packStatus,
                          String shipStatus, List<Shipment> shipments) {
            this(taskId, number, fulfilmentStatus, pickStatus, packStatus, shipStatus, shipments, null, null);
        }

        /**
         * DEAR voided it: every stage VOIDED, as in the vendor's example answer to {@code DELETE sale/fulfilment}
         * (whose {@code FulFilmentStatus} still reads NOT FULFILLED), or a {@code FulFilmentStatus} of VOIDED.
         */
        public boolean voided() {
            return "VOIDED".equalsIgnoreCase(fulfilmentStatus)
                    || ("VOIDED".equalsIgnoreCase(pickStatus) && "VOIDED".equalsIgnoreCase(packStatus)
                        && "VOIDED".equalsIgnoreCase(shipStatus));
        }
    }

    /**
     * A credit note of the sale (docs/dear-api.md §6): what it credits, what it restocks and where. {@code memo} is
     * where the bridge writes its own reference into the notes it creates.
     */
    public record CreditNote(String taskId, String number, String status, String memo, List<CreditLine> lines,
                             List<RestockLine> restock) {

        public CreditNote {
            lines = lines == null ? List.of() : List.copyOf(lines);
            restock = restock == null ? List.of() : List.copyOf(restock);
        }

        public boolean authorised() {
            return "AUTHORISED".equalsIgnoreCase(status);
        }

        public boolean voided() {
            return "VOIDED".equalsIgnoreCase(status);
        }

        /** Whether the note carries the bridge's reference (written into its Memo). */
        public boolean carries(String reference) {
            return reference != null && memo != null && memo.contains(reference);
        }
    }

    public record CreditLine(String productId, String sku, String name, BigDecimal quantity) {
    }

    public record RestockLine(String sku, BigDecimal quantity, String restockLocation) {
    }


    /** One shipment line; {@code lineId} is DEAR's ID of it, which a tracking change must name. */
    public record Shipment(String box, String carrier, String trackingNumber, String trackingUrl, Instant shipmentDate,
                           String lineId) {

        public Shipment(String box, String carrier, String trackingNumber, String trackingUrl, Instant shipmentDate) {
            this(box, carrier, trackingNumber, trackingUrl, shipmentDate, null);
        }
    }
}
