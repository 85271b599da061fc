package io.dearbridge.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rows behind {@link JobLease}: each statement commits on its own (REQUIRES_NEW), so a lease is a claim
 * that is visible to every node at once and no row lock is held while the job runs (it calls DEAR).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

    @PersistenceContext
    EntityManager em;

    /** Creates the job's row if it is missing; a concurrent insert by another node makes this throw. */
    public void ensure(String name) {
        if (count(name) == 0) {
            em.createNativeQuery("INSERT INTO job_lease (name) VALUES (?1)").setParameter(1, name).executeUpdate();
        }
    }

    /**
     * Takes the lease when it is free (never taken, released, run out, or left by this node's previous run) and,
     * unless {@code spacing} is zero,
     * when the job last completed at least {@code spacing} ago. Answers whether this owner holds it now.
     */
    public boolean acquire(String name, String owner, Duration lease, Duration spacing, Instant now) {
        return em.createNativeQuery("UPDATE job_lease SET owner = ?1, lease_until = ?2 WHERE name = ?3"
                        + " AND (lease_until IS NULL OR lease_until < ?4 OR owner = ?1)"
                        + " AND (?5 = 0 OR last_run_at IS NULL OR last_run_at <= ?6)")
                .setParameter(1, owner)
                .setParameter(2, now.plus(lease))
                .setParameter(3, name)
                .setParameter(4, now)
                .setParameter(5, spacing.isZero() ? 0 : 1)
                .setParameter(6, now.minus(spacing))
                .executeUpdate() == 1;
    }

    /** Ends the lease this owner holds, recording when and how the job ended. */
    public void release(String name, String owner, Instant now, String outcome) {
        em.createNativeQuery("UPDATE job_lease SET owner = NULL, lease_until = NULL, last_run_at = ?1,"
                        + " last_outcome = ?2 WHERE name = ?3 AND owner = ?4")
                .setParameter(1, now)
                .setParameter(2, outcome == null ? null : outcome.substring(0, Math.min(outcome.length(), 1000)))
                .setParameter(3, name)
                .setParameter(4, owner)
                .executeUpdate();
    }

    /** Who holds the job's lease now, if anyone. */
    public String holder(String name, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT owner FROM job_lease WHERE name = ?1 AND lease_until >= ?2")
                .setParameter(1, name).setParameter(2, now).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private long count(String name) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE name = ?1")
                .setParameter(1, name).getSingleResult()).longValue();
    }
}
