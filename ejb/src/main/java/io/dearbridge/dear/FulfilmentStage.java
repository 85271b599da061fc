package io.dearbridge.dear;

/** The three stage endpoints under {@code sale/fulfilment/}. */
public enum FulfilmentStage {
    PICK("pick"), PACK("pack"), SHIP("ship");

    private final String path;

    FulfilmentStage(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
