package io.dearbridge.domain.order;

/** What the warehouse recorded against a fulfilment; TRACKING changes the tracking of a recorded shipment. */
public enum Stage {
    PICK, PACK, SHIP, TRACKING;

    public String label() {
        return switch (this) {
            case PICK -> "Pick";
            case PACK -> "Pack";
            case SHIP -> "Shipment";
            case TRACKING -> "Tracking";
        };
    }
}
