/**
 * Per-account pacing of DEAR calls: a token budget for the rate (this JVM's, or shared by all nodes through
 * PostgreSQL), a semaphore for concurrency, and lanes that share one account's budget fairly between imports
 * and the warehouse's writes without a dispatched thread ever sleeping for a token.
 */
package io.dearbridge.dear.rate;
