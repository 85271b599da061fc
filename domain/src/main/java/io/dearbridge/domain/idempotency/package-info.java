/** Requests the warehouse may repeat safely: the first answer kept under its Idempotency-Key. */
package io.dearbridge.domain.idempotency;
