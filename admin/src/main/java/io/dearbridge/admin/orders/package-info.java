/** The console's order list and order page (lines, fulfilments, timeline, syncs). */
package io.dearbridge.admin.orders;
