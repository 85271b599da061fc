/** Returns: goods coming back from a buyer, each matched to exactly one DEAR credit note, and their rules. */
package io.dearbridge.domain.returns;
