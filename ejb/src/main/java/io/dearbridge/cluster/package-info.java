/** What several nodes share: leases on rows of {@code job_lease} for once-per-round jobs, and the node name claims carry. */
package io.dearbridge.cluster;
