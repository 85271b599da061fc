/** Fulfilment push: the warehouse's pick, pack and ship records, and the outbox commands that take them to DEAR. */
package io.dearbridge.fulfilment;
