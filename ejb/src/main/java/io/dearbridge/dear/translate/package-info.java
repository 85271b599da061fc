/**
 * The anti-corruption layer: DEAR's wire objects translated into the domain's terms, and the adapters
 * that serve the bridge's ports (such as {@link io.dearbridge.order.SaleSource}) over the DEAR client.
 */
package io.dearbridge.dear.translate;
