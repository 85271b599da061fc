/** The transactional outbox: commands owed to DEAR, claimed with row locks and sent in order per key, outside any transaction. */
package io.dearbridge.outbox;
