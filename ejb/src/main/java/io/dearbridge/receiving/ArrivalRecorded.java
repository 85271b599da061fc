package io.dearbridge.receiving;

/** An arrival or a supplier return the warehouse recorded, as JSON, and that its DEAR push was queued. */
public record ArrivalRecorded(String json, boolean queued) {
}
