/** Warehouse orders: the DEAR sale as the warehouse sees it (lines, address, fulfilments with their stage records, timeline) and the rules for applying DEAR snapshots. */
package io.dearbridge.domain.order;
