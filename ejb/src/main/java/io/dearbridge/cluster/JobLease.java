package io.dearbridge.cluster;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a job on at most one node at a time, and (with a spacing) at most once per period across the cluster,
 * however many nodes' timers fire. The lease outlives a crashed node by at most its length.
 * <p>
 * Hand-written because EJB timers are per node here (no clustered timer store is configured) and WildFly's
 * singleton service needs a cluster (JGroups) the bridge does not otherwise need: the database is what the
 * nodes already share.
 */
@ApplicationScoped
public class JobLease {

    private static final Logger LOG = Logger.getLogger(JobLease.class.getName());

    /** This node, as lease rows name it: the server's node name and a per-boot id. */
    private final String owner = System.getProperty("jboss.node.name", "node") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    JobLeases leases;

    public String owner() {
        return owner;
    }

    /**
     * Runs {@code job} if this node gets the lease; the job answers a one-line outcome, kept on the row.
     * Empty when another node holds the lease or the job ran less than {@code spacing} ago.
     */
    public <T> Optional<T> runOnce(String name, Duration lease, Duration spacing, Supplier<T> job) {
        try {
            leases.ensure(name);
        } catch (EJBException raced) {
            LOG.log(Level.FINE, "Another node created lease row " + name, raced);
        }
        if (!leases.acquire(name, owner, lease, spacing, Instant.now())) {
            return Optional.empty();
        }
        String outcome = "failed";
        try {
            T result = job.get();
            outcome = String.valueOf(result);
            return Optional.ofNullable(result);
        } finally {
            leases.release(name, owner, Instant.now(), outcome);
        }
    }

    /** The node holding a job's lease now, for telling a caller who is busy. */
    public Optional<String> holder(String name) {
        return Optional.ofNullable(leases.holder(name, Instant.now()));
    }
}
