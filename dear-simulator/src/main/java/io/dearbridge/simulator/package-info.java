/** A stand-in DEAR Inventory API v2 for demos, tests and benchmarks, written from REFERENCE.md alone. */
package io.dearbridge.simulator;
