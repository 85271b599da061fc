/** The control API under /control: test and demo hooks outside DEAR's paths — accounts, knobs, faults, logs, DEAR-user actions. */
package io.dearbridge.simulator.control;
