package io.dearbridge.receiving;

/**
 * A purchase found in DEAR's list by its number, before any read of the document: its ID, DEAR's {@code Type}, and
 * what already rules it out (drop-ship, service-only), so those cost no GET.
 */
public record FoundPurchase(String id, String orderNumber, String type, boolean serviceOnly, boolean dropShip) {
}
