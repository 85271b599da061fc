/** Inbox routing with a second, test-only handler deployed beside the sale handler. */
package io.dearbridge.it.inbox;
