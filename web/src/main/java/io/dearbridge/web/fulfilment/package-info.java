/** The warehouse API's write side: record picks, packs, shipments and tracking, or ship in one call. */
package io.dearbridge.web.fulfilment;
