package io.dearbridge.simulator.purchase;

/** Where purchase changes are announced; the webhook dispatcher in production, a recorder in tests. */
@FunctionalInterface
public interface PurchaseEvents {

    void fire(PurchaseEvent event);

    PurchaseEvents NONE = event -> { };
}
