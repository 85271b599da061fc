/** The warehouse API of receiving: expected receipts with their lines, arrivals and DEAR's view (reads). */
package io.dearbridge.web.receiving;
