/** Timers that every node runs but whose work happens once: leases on rows of {@code job_lease}. */
package io.dearbridge.cluster;
