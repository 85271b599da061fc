/** Fulfilments and their pick, pack and ship stages, with the preconditions of REFERENCE §4.2. */
package io.dearbridge.simulator.fulfilment;
