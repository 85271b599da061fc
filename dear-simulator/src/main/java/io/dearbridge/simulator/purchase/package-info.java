/** Purchases (inbound, shared/dear-api/PURCHASES.md): Simple and Advanced documents, receiving, put-away, credit notes. */
package io.dearbridge.simulator.purchase;
