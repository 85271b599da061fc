/** Integration tests of returns: credit notes from DEAR, receipts, dock returns and their one credit note. */
package io.dearbridge.it.returns;
