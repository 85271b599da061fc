package io.dearbridge.dear.adapter;

import io.dearbridge.dear.model.Address;
import io.dearbridge.dear.model.CreditNote;
import io.dearbridge.dear.model.Fulfilment;
import io.dearbridge.dear.model.InvoiceSummary;
import io.dearbridge.dear.model.OrderLine;
import io.dearbridge.dear.model.PickPackTask;
import io.dearbridge.dear.model.Sale;
import io.dearbridge.dear.model.ShipLine;
import io.dearbridge.dear.model.ShipTask;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.order.StorableText;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;

/** Turns DEAR's {@code GET sale} answer into the domain's {@link SaleSnapshot}. */
public final class SaleTranslator {

    private SaleTranslator() {
    }

    /** The sale in the domain's words, every text fitted to where the bridge stores it ({@link StorableText}). */
    public static SaleSnapshot toSnapshot(Sale sale) {
        return StorableText.fit(translate(sale));
    }

    private static SaleSnapshot translate(Sale sale) {
        List<OrderLine> lines = sale.order() == null ? List.of() : sale.order().lines();
        return new SaleSnapshot(lower(sale.id()), sale.orderNumber(), sale.status(),
                sale.order() == null ? null : sale.order().status(), sale.type(), sale.location(), sale.customer(),
                sale.customerReference(), sale.lastModifiedOn(), address(sale.shippingAddress()),
                sale.shippingNotes(), sale.carrier(), sale.combinedTrackingNumbers(),
                lines.stream().map(SaleTranslator::line).toList(),
                sale.fulfilments().stream().map(SaleTranslator::fulfilment).toList(),
                sale.creditNotes().stream().map(SaleTranslator::creditNote).toList(),
                new SaleSnapshot.Details(sale.phone(), sale.email(),
                        sale.shipBy() == null ? null : sale.shipBy().atOffset(ZoneOffset.UTC).toLocalDate(),
                        Boolean.TRUE.equals(sale.serviceOnly()), sale.combinedPaymentStatus(), invoiced(sale)));
    }

    /** Whether the sale has an AUTHORISED or PAID invoice, which DEAR needs for a credit note (docs/dear-api.md §6.1). */
    static boolean invoiced(Sale sale) {
        return sale.invoices().stream().anyMatch(SaleTranslator::creditable);
    }

    static boolean creditable(InvoiceSummary invoice) {
        return "AUTHORISED".equalsIgnoreCase(invoice.status()) || "PAID".equalsIgnoreCase(invoice.status());
    }

    /** One of the sale's credit notes (docs/dear-api.md §6.2), in the domain's words. */
    public static SaleSnapshot.CreditNote creditNote(CreditNote note) {
        return new SaleSnapshot.CreditNote(lower(note.taskId()), note.creditNoteNumber(), note.status(), note.memo(),
                note.lines().stream().map(l -> new SaleSnapshot.CreditLine(l.productId(), l.sku(), l.name(),
                        l.quantity() == null ? BigDecimal.ZERO : l.quantity())).toList(),
                note.restock().stream().map(l -> new SaleSnapshot.RestockLine(l.sku(),
                        l.quantity() == null ? BigDecimal.ZERO : l.quantity(),
                        l.restockLocation() != null ? l.restockLocation() : l.location())).toList());
    }

    private static SaleSnapshot.Address address(Address address) {
        if (address == null) {
            return null;
        }
        return new SaleSnapshot.Address(address.line1(), address.line2(), address.city(), address.state(),
                address.postcode(), address.country(), address.company(), address.contact(),
                address.displayAddressLine1(), address.displayAddressLine2());
    }

    private static SaleSnapshot.Line line(OrderLine line) {
        return new SaleSnapshot.Line(line.productId(), line.sku(), line.name(),
                line.quantity() == null ? BigDecimal.ZERO : line.quantity(),
                line.backorderQuantity() == null ? BigDecimal.ZERO : line.backorderQuantity(), line.comment(),
                Boolean.TRUE.equals(line.dropShip()));
    }

    private static SaleSnapshot.Fulfilment fulfilment(Fulfilment fulfilment) {
        ShipTask ship = fulfilment.ship();
        return new SaleSnapshot.Fulfilment(lower(fulfilment.taskId()),
                fulfilment.fulfillmentNumber() == null ? 1 : fulfilment.fulfillmentNumber(),
                fulfilment.fulfilmentStatus(), status(fulfilment.pick()), status(fulfilment.pack()),
                ship == null ? null : ship.status(),
                ship == null ? List.of() : ship.lines().stream().map(SaleTranslator::shipment).toList(),
                ship == null ? null : address(ship.shippingAddress()), ship == null ? null : ship.shippingNotes());
    }

    private static SaleSnapshot.Shipment shipment(ShipLine line) {
        return new SaleSnapshot.Shipment(line.boxName(), line.carrier(), line.trackingNumber(), line.trackingUrl(),
                line.shipmentDate(), line.id());
    }

    private static String status(PickPackTask task) {
        return task == null ? null : task.status();
    }

    /** DEAR's GUIDs are compared case-insensitively; the bridge keeps them lower-case. */
    private static String lower(String guid) {
        return guid == null ? null : guid.toLowerCase();
    }
}
