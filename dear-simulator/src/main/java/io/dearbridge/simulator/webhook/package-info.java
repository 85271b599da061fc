/** Webhook subscriptions (docs/dear-api.md §2.1-2.3) and their delivery with DEAR's retry schedule (§2.5, §2.6). */
package io.dearbridge.simulator.webhook;
