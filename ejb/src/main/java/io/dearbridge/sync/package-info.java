/** What the inbox and outbox share: the drain loop that empties a queue, and the failure a handler reports. */
package io.dearbridge.sync;
