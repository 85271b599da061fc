/** Simulated DEAR companies: account ids, application keys and the per-account knobs that make DEAR misbehave. */
package io.dearbridge.simulator.account;
