/** Demo traffic: orders keep arriving (and now and then get voided or credited) so a newcomer sees the bridge work. */
package io.dearbridge.simulator.demo;
