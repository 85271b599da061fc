package io.dearbridge.simulator.api;

import io.dearbridge.simulator.app.AccountSpace;

/** One verb on one DEAR endpoint; returns the JSON body of a 200. */
@FunctionalInterface
public interface DearHandler {

    Object handle(AccountSpace space, DearRequest request);
}
