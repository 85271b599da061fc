/**
 * DEAR's stock places (docs/dear-api.md §4.3, {@code GET ref/location}): each account's locations with their bins, and,
 * where a test sets it, stock on hand per place and batch, so a pick from a place DEAR does not know fails here.
 */
package io.dearbridge.simulator.stock;
