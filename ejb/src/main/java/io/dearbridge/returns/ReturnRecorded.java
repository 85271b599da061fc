package io.dearbridge.returns;

/**
 * What recording a return did: the return as the warehouse API shows it ({@link ReturnJson}), and whether a
 * DEAR command was queued (a dock return's credit note, or restock DEAR's note lacks) or DEAR already has it all.
 */
public record ReturnRecorded(String json, boolean queued) {
}
