/** Fulfilments and their pick, pack and ship stages, with the preconditions of docs/dear-api.md §4.2. */
package io.dearbridge.simulator.fulfilment;
