/**
 * The bridge's DEAR client: {@link io.dearbridge.dear.DearClient} is the only door to DEAR; every call is
 * rate-governed per account, and every failure becomes a {@link io.dearbridge.dear.DearCallException}.
 */
package io.dearbridge.dear;
