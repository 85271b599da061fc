/** Warehouse orders, read side: queries and pages for the API, and the event raised when DEAR changes an order's status. */
package io.dearbridge.order;
