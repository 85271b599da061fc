package io.dearbridge.cluster;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * This node ({@link ThisNode}), so it takes back at once a lease its previous run left behind (killed, or
     * undeployed mid-job) instead of waiting for it to run out.
     */
    private final String owner = ThisNode.name();

    /** Jobs running in this deployment: the lease row cannot tell two runs of the same node apart. */
    private final Set<String> runningHere = ConcurrentHashMap.newKeySet();

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
        return runOnce(name, lease, spacing, Duration.ZERO, job);
    }

    /** As above, but waits up to {@code patience} for a lease another run holds (for on-demand calls). */
    public <T> Optional<T> runOnce(String name, Duration lease, Duration spacing, Duration patience, Supplier<T> job) {
        try {
            leases.ensure(name);
        } catch (EJBException raced) {
            LOG.log(Level.FINE, "Another node created lease row " + name, raced);
        }
        Instant giveUp = Instant.now().plus(patience);
        while (!acquire(name, lease, spacing)) {
            if (!Instant.now().isBefore(giveUp)) {
                return Optional.empty();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        String outcome = "failed";
        try {
            T result = job.get();
            outcome = String.valueOf(result);
            return Optional.ofNullable(result);
        } finally {
            try {
                leases.release(name, owner, Instant.now(), outcome);
            } finally {
                runningHere.remove(name);
            }
        }
    }

    private boolean acquire(String name, Duration lease, Duration spacing) {
        if (!runningHere.add(name)) {
            return false;
        }
        boolean acquired = false;
        try {
            acquired = leases.acquire(name, owner, lease, spacing, Instant.now());
            return acquired;
        } finally {
            if (!acquired) {
                runningHere.remove(name);
            }
        }
    }

    /** The node holding a job's lease now, for telling a caller who is busy. */
    public Optional<String> holder(String name) {
        return Optional.ofNullable(leases.holder(name, Instant.now()));
    }
}
