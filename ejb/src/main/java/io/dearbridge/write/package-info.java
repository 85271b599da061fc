/**
 * What every write of the warehouse API shares, whatever it records (fulfilment, returns, receiving): the caller and
 * its Idempotency-Key, the first answer kept and replayed, and the refusal that leaves with its HTTP status.
 */
package io.dearbridge.write;
