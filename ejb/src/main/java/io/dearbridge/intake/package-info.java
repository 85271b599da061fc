/** Order intake: an inbox event's sale fetched from DEAR and applied to its warehouse order. */
package io.dearbridge.intake;
