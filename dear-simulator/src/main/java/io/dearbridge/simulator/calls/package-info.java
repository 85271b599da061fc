/** The record of DEAR API calls per account, so tests can assert what a client actually sent. */
package io.dearbridge.simulator.calls;
