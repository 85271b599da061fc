/** What the inbox and outbox share: the drain loop that empties a queue, fair claims across accounts, and the failure a handler reports. */
package io.dearbridge.sync;
