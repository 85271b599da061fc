/** Fulfilment push end to end: the warehouse API, the outbox and DEAR (the simulator). */
package io.dearbridge.it.fulfilment;
