/** Fulfilments of an order (one DEAR fulfilment task each) with their pick, pack and ship stages. */
package io.dearbridge.domain.fulfilment;
