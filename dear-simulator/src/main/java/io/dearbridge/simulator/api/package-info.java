/** DEAR's own paths under /ExternalApi/v2: one thin JAX-RS entry point in front of a plain router. */
package io.dearbridge.simulator.api;
