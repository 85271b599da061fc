/**
 * Receiving (docs/receiving.md): DEAR purchases become the warehouse's expected receipts through the inbox, DEAR's view
 * of their stock is kept beside the warehouse's arrivals, and the warehouse reads them; the warehouse's writes
 * (arrivals, put-away, supplier returns) go back to DEAR through the outbox.
 */
package io.dearbridge.receiving;
