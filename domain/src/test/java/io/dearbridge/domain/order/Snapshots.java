package io.dearbridge.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Builds sale snapshots for tests: an authorised two-line sale with one fulfilment, then variations. */
final class Snapshots {

    static final Instant T0 = Instant.parse("2026-03-10T23:41:07.513Z");

    private Snapshots() {
    }

    static SaleSnapshot authorised(Instant modified) {
        return sale(modified, "ORDERED", "AUTHORISED", lines("0"), fulfilment("NOT AVAILABLE", "NOT AVAILABLE",
                "NOT AVAILABLE", List.of()));
    }

    static SaleSnapshot sale(Instant modified, String saleStatus, String orderStatus, List<SaleSnapshot.Line> lines,
                             SaleSnapshot.Fulfilment fulfilment) {
        return new SaleSnapshot("sale-1", "SO-01482", saleStatus, orderStatus, "Simple Sale", "Main Warehouse",
                "Northwind Outdoor Ltd", "PO-77812", modified,
                new SaleSnapshot.Address("Unit 4", "18 Harbour Road", "Port Melbourne", "VIC", "3207", "Australia",
                        "Northwind Outdoor Ltd", "Priya Nair"),
                "Dock B", "StarTrack", "", lines, fulfilment == null ? List.of() : List.of(fulfilment));
    }

    static List<SaleSnapshot.Line> lines(String backordered) {
        return List.of(
                new SaleSnapshot.Line("p-1", "TENT-2P-GRN", "Trailhead 2P Tent", new BigDecimal("2"), BigDecimal.ZERO),
                new SaleSnapshot.Line("p-2", "STOVE-GAS-01", "Summit Gas Stove", new BigDecimal("3"),
                        new BigDecimal(backordered)));
    }

    static SaleSnapshot.Fulfilment fulfilment(String pick, String pack, String ship,
                                              List<SaleSnapshot.Shipment> shipments) {
        return new SaleSnapshot.Fulfilment("task-1", 1, "NOT FULFILLED", pick, pack, ship, shipments);
    }
}
