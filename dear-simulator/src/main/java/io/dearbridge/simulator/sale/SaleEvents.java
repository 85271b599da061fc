package io.dearbridge.simulator.sale;

/** Where sale changes are announced; the webhook dispatcher in production, a recorder in tests. */
@FunctionalInterface
public interface SaleEvents {

    void fire(SaleEvent event);

    SaleEvents NONE = event -> { };
}
