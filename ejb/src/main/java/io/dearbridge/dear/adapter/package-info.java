/**
 * The anti-corruption layer: DEAR's wire objects translated into the domain's terms, and the adapters that
 * serve the bridge's ports (sale source, subscription registry, fulfilment gateway) over the DEAR client.
 */
package io.dearbridge.dear.adapter;
