package io.dearbridge.simulator.account;

/** A simulated DEAR company: its account id, one application key, and its settings. */
public record SimAccount(String name, String accountId, String applicationKey) {
}
