package io.dearbridge.simulator.fulfilment;

/** The three fulfilment stages. */
public enum Stage {
    PICK, PACK, SHIP
}
