/** The console's receipt pages: the list of expected receipts and one receipt with its lines, arrivals and DEAR's view. */
package io.dearbridge.admin.receipts;
