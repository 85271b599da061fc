/**
 * A stand-in DEAR Inventory API v2 for demos, tests and benchmarks, written from DEAR's API reference alone (as
 * docs/dear-api.md summarises it).
 */
package io.dearbridge.simulator;
