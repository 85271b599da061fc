/** Keeping DEAR and the bridge in step: the inbox (store, claim, dispatch, outcomes), webhook subscriptions and reconciliation. */
package io.dearbridge.sync;
