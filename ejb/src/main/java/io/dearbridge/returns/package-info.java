/**
 * Returns both ways: credit notes raised in DEAR become expected returns (recorded during intake), the
 * warehouse receives them or records dock returns, and the outbox creates exactly one DEAR credit note each.
 */
package io.dearbridge.returns;
