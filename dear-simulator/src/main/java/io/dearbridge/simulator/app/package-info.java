/** Wiring: the plain simulator object graph, per-account spaces, and the CDI bean that owns them in the server. */
package io.dearbridge.simulator.app;
