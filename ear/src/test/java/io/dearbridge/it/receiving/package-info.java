/** Receiving: DEAR purchase orders as expected receipts, DEAR's view of their stock, and reconciliation of purchases. */
package io.dearbridge.it.receiving;
