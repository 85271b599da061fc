package io.dearbridge.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A DEAR sale at one moment, in the domain's words: what the importer hands the order. DEAR's wire
 * format is translated into this in the {@code dear} package and goes no further.
 */
public record SaleSnapshot(String saleId, String saleOrderNumber, String saleStatus, String orderStatus,
                           String saleType, String location, String customer, String customerReference,
                           Instant lastModifiedOn, Address shippingAddress, String shippingNotes, String carrier,
                           String trackingNumbers, List<Line> lines, List<Fulfilment> fulfilments,
                           List<CreditNote> creditNotes) {

    public SaleSnapshot {
        lines = lines == null ? List.of() : List.copyOf(lines);
        fulfilments = fulfilments == null ? List.of() : List.copyOf(fulfilments);
        creditNotes = creditNotes == null ? List.of() : List.copyOf(creditNotes);
    }

    /** A snapshot without credit notes (the sale has none, or the caller does not care). */
    public SaleSnapshot(String saleId, String saleOrderNumber, String saleStatus, String orderStatus,
                        String saleType, String location, String customer, String customerReference,
                        Instant lastModifiedOn, Address shippingAddress, String shippingNotes, String carrier,
                        String trackingNumbers, List<Line> lines, List<Fulfilment> fulfilments) {
        this(saleId, saleOrderNumber, saleStatus, orderStatus, saleType, location, customer, customerReference,
                lastModifiedOn, shippingAddress, shippingNotes, carrier, trackingNumbers, lines, fulfilments, List.of());
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

    public record Address(String line1, String line2, String city, String state, String postcode, String country,
                          String company, String contact) {
    }

    public record Line(String productId, String sku, String name, BigDecimal quantity, BigDecimal backorderQuantity) {
    }

    public record Fulfilment(String taskId, int number, String fulfilmentStatus, String pickStatus, String packStatus,
                             String shipStatus, List<Shipment> shipments) {

        public Fulfilment {
            shipments = shipments == null ? List.of() : List.copyOf(shipments);
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

    public record Shipment(String box, String carrier, String trackingNumber, String trackingUrl, Instant shipmentDate) {
    }
}
