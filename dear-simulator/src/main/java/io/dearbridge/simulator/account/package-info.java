/** Simulated DEAR accounts and the credential check DEAR applies to every call. */
package io.dearbridge.simulator.account;
