/** Per-account pacing of DEAR calls: a token bucket for the rate and a semaphore for concurrency. */
package io.dearbridge.dear.rate;
