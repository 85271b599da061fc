/** Credit notes and restocks for returns (REFERENCE §6). */
package io.dearbridge.simulator.creditnote;
