/**
 * Warehouse orders, read side: queries and pages for the API; and the events raised in an import's transaction (a
 * sale applied, an order's status changed by DEAR) that features observe without importing intake.
 */
package io.dearbridge.order;
