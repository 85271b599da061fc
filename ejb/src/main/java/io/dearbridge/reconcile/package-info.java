/**
 * Reconciliation: a timer per account pages DEAR's {@code saleList?UpdatedSince=} from a watermark and queues an
 * inbox event for each sale that is new or changed, so what webhooks missed is processed like a webhook; more often for
 * an account whose webhooks DEAR refuses.
 */
package io.dearbridge.reconcile;
