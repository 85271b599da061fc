/**
 * Warehouse orders, read side: queries and pages for the API; and the events raised in an import's transaction (a
 * sale applied, an order's status changed by DEAR) that features observe without importing intake; and
 * {@link io.dearbridge.order.PushCommand}, the payload fulfilment queues and push sends, so neither imports the other.
 */
package io.dearbridge.order;
