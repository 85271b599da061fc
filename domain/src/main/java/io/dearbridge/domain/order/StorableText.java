package io.dearbridge.domain.order;

import java.util.List;

/**
 * DEAR's text as the bridge can store it, so that no value DEAR sends stops an import: every NUL removed (PostgreSQL
 * stores none), and every value longer than its column cut to fit with a visible marker. DEAR's free text (notes,
 * comments, line names, address lines, tracking lists) has TEXT columns and is kept whole. Applying it twice changes
 * nothing, so a stored value compares equal to the same value fitted again.
 */
public final class StorableText {

    /** Ends every value the bridge cut, so the warehouse sees that something is missing. */
    public static final String CUT = "…[cut]";

    /** No column limit: the value is only cleaned. */
    static final int WHOLE = Integer.MAX_VALUE;

    private StorableText() {
    }

    /** The value without NUL characters, cut to {@code max} characters with {@link #CUT} at its end. */
    public static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.indexOf('\0') < 0 ? value : value.replace("\0", "");
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - CUT.length();
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--; // never half a character beyond the Basic Multilingual Plane
        }
        return clean.substring(0, end) + CUT;
    }

    /** The snapshot with every text fitted to the column it is stored in (see the V3, V7, V10, V13, V17 migrations). */
    public static SaleSnapshot fit(SaleSnapshot s) {
        SaleSnapshot.Details d = s.details();
        return new SaleSnapshot(s.saleId(), fit(s.saleOrderNumber(), 256), fit(s.saleStatus(), 40),
                fit(s.orderStatus(), 40), fit(s.saleType(), 40), fit(s.location(), 256), fit(s.customer(), 256),
                fit(s.customerReference(), 256), s.lastModifiedOn(), address(s.shippingAddress()),
                fit(s.shippingNotes(), WHOLE), fit(s.carrier(), 256), fit(s.trackingNumbers(), WHOLE),
                map(s.lines(), StorableText::line), map(s.fulfilments(), StorableText::fulfilment),
                map(s.creditNotes(), StorableText::creditNote),
                new SaleSnapshot.Details(fit(d.phone(), 256), fit(d.email(), 256), d.shipBy(), d.serviceOnly(),
                        fit(d.paymentStatus(), 40), d.invoiced()));
    }

    private static SaleSnapshot.Address address(SaleSnapshot.Address a) {
        return a == null ? null : new SaleSnapshot.Address(fit(a.line1(), WHOLE), fit(a.line2(), WHOLE),
                fit(a.city(), 256), fit(a.state(), 256), fit(a.postcode(), 64), fit(a.country(), 128),
                fit(a.company(), 256), fit(a.contact(), 256), fit(a.displayLine1(), WHOLE),
                fit(a.displayLine2(), WHOLE));
    }

    private static SaleSnapshot.Line line(SaleSnapshot.Line l) {
        return new SaleSnapshot.Line(fit(l.productId(), 64), fit(l.sku(), 100), fit(l.name(), WHOLE), l.quantity(),
                l.backorderQuantity(), fit(l.comment(), WHOLE), l.dropShip());
    }

    private static SaleSnapshot.Fulfilment fulfilment(SaleSnapshot.Fulfilment f) {
        return new SaleSnapshot.Fulfilment(f.taskId(), f.number(), fit(f.fulfilmentStatus(), 40),
                fit(f.pickStatus(), 40), fit(f.packStatus(), 40), fit(f.shipStatus(), 40),
                map(f.shipments(), StorableText::shipment), address(f.shipAddress()), fit(f.shipNotes(), WHOLE));
    }

    private static SaleSnapshot.Shipment shipment(SaleSnapshot.Shipment s) {
        return new SaleSnapshot.Shipment(fit(s.box(), 256), fit(s.carrier(), 256), fit(s.trackingNumber(), 256),
                fit(s.trackingUrl(), 1024), s.shipmentDate(), s.lineId());
    }

    /** The memo is only searched for the bridge's own reference, never stored, so it stays whole. */
    private static SaleSnapshot.CreditNote creditNote(SaleSnapshot.CreditNote n) {
        return new SaleSnapshot.CreditNote(n.taskId(), fit(n.number(), 64), fit(n.status(), 40), n.memo(),
                map(n.lines(), l -> new SaleSnapshot.CreditLine(fit(l.productId(), 64), fit(l.sku(), 100),
                        fit(l.name(), 1024), l.quantity())),
                map(n.restock(), r -> new SaleSnapshot.RestockLine(fit(r.sku(), 100), r.quantity(),
                        fit(r.restockLocation(), 256))));
    }

    private static <T> List<T> map(List<T> items, java.util.function.UnaryOperator<T> f) {
        return items.stream().map(f).toList();
    }
}
