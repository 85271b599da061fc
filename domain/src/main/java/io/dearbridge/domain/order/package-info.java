/** Warehouse orders: the DEAR sale as the warehouse sees it, its lines, address and timeline, and the rules for applying DEAR snapshots. */
package io.dearbridge.domain.order;
