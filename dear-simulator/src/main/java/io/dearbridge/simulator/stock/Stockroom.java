package io.dearbridge.simulator.stock;

/** One account's places and the stock in them. */
public final class Stockroom {

    private final LocationBook locations = LocationBook.defaults();
    private final StockLedger stock = new StockLedger();

    public LocationBook locations() {
        return locations;
    }

    public StockLedger stock() {
        return stock;
    }
}
