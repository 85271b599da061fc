/** Fulfilment push: outbox commands sent to DEAR's pick, pack and ship, and what DEAR's answer means for the order. */
package io.dearbridge.push;
