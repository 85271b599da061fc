/** DEAR webhooks as a contract: the event types the bridge handles, and keeping each account's subscriptions alive. */
package io.dearbridge.webhook;
