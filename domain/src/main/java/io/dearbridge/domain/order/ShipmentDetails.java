package io.dearbridge.domain.order;

import java.time.LocalDate;

/** How a shipment left: carrier, tracking number and URL, and the ship date. */
public record ShipmentDetails(String carrier, String trackingNumber, String trackingUrl, LocalDate shipDate) {
}
