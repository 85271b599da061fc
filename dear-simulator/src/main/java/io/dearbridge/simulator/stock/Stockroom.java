package io.dearbridge.simulator.stock;

/** One account's places and the stock in them. */
public final class Stockroom {

    private final LocationBook locations = LocationBook.defaults();
    private final StockLedger stock = new StockLedger();
    private final StockAdjustments adjustments = new StockAdjustments();

    public LocationBook locations() {
        return locations;
    }

    public StockLedger stock() {
        return stock;
    }

    public StockAdjustments adjustments() {
        return adjustments;
    }
}
