/** Credit notes and restocks for returns (docs/dear-api.md §6). */
package io.dearbridge.simulator.creditnote;
