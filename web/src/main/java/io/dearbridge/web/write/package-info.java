/** What every write of the warehouse API shares: the JSON body, the caller and its Idempotency-Key, the answer. */
package io.dearbridge.web.write;
