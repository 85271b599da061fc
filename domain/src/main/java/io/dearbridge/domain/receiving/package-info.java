/**
 * Receiving: DEAR purchases as the warehouse's expected receipts, its arrivals and supplier returns, what DEAR shows
 * of the purchase's stock, and the rules (what becomes a receipt, received and remaining per line, the states).
 */
package io.dearbridge.domain.receiving;
