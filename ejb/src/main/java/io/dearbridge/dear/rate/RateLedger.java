package io.dearbridge.dear.rate;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The {@code rate_budget} table: the token bucket of each account kept in PostgreSQL, so every node takes from
 * one budget (GCRA, as {@link TokenBucket}, on the database's clock so the nodes' clocks never matter). Each
 * operation is its own short transaction holding the account's row lock for two statements; it runs before
 * the DEAR call, never around it. Hand-written rather than Bucket4j's PostgreSQL module: the bucket is one
 * row and two statements, and the local and shared budgets then follow one rule (see TokenBucket's proof).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateLedger {

    @PersistenceContext
    EntityManager em;

    /**
     * See {@link RateBudget#reserve}; all durations in microseconds. One statement when a token comes in time (the
     * common case: issue 27's profile had the ledger at 11 % of a drain's samples); the two below otherwise, which
     * also make a new account's row and tell a refused caller its wait.
     */
    public Reservation reserve(String account, long intervalMicros, long toleranceMicros, long maxWaitMicros) {
        List<?> taken = em.createNativeQuery("with r as (select next_token_micros as next, " + NOW
                        + " as now from rate_budget where account_code = ?1 for update),"
                        + " b as (select greatest(r.next, r.now) as due, r.now from r)"
                        + " update rate_budget set next_token_micros = b.due + ?2 from b"
                        + " where account_code = ?1 and b.due - ?3 - b.now <= ?4"
                        + " returning greatest(0, b.due - ?3 - b.now), greatest(0, b.due + ?2 - ?3 - b.now)")
                .setParameter(1, account).setParameter(2, intervalMicros).setParameter(3, toleranceMicros)
                .setParameter(4, maxWaitMicros).getResultList();
        if (!taken.isEmpty()) {
            Object[] row = (Object[]) taken.get(0);
            return new Reservation(true, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        long[] row = lock(account);
        long now = row[1];
        long due = Math.max(row[0], now);
        long wait = Math.max(0, due - toleranceMicros - now);
        if (wait > maxWaitMicros) {
            return new Reservation(false, wait, wait);
        }
        store(account, due + intervalMicros);
        return new Reservation(true, wait, Math.max(0, due + intervalMicros - toleranceMicros - now));
    }

    /**
     * A reserve's answer in microseconds from the database's now: whether the token was {@code taken}, the wait
     * before using it (refused: the wait that was too long), and the wait for the token after it.
     */
    public record Reservation(boolean taken, long waitMicros, long nextMicros) {
    }

    /** A read without a lock: no transaction of its own (a begin and a commit for one select). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long untilNext(String account, long toleranceMicros) {
        List<?> rows = em.createNativeQuery("select next_token_micros, " + NOW + " from rate_budget"
                        + " where account_code = ?1")
                .setParameter(1, account).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Object[] row = (Object[]) rows.get(0);
        long next = ((Number) row[0]).longValue();
        long now = ((Number) row[1]).longValue();
        return Math.max(0, Math.max(next, now) - toleranceMicros - now);
    }

    public void pause(String account, long pauseMicros, long toleranceMicros) {
        long[] row = lock(account);
        store(account, Math.max(row[0], row[1] + pauseMicros + toleranceMicros));
    }

    /** The database's clock in microseconds since the epoch. */
    private static final String NOW = "cast(extract(epoch from clock_timestamp()) * 1000000 as bigint)";

    /** {next token, now}, with the account's row locked until this transaction ends. */
    private long[] lock(String account) {
        for (int tries = 0; ; tries++) {
            List<?> rows = em.createNativeQuery("select next_token_micros, " + NOW + " from rate_budget"
                            + " where account_code = ?1 for update")
                    .setParameter(1, account).getResultList();
            if (!rows.isEmpty()) {
                Object[] row = (Object[]) rows.get(0);
                return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
            }
            if (tries > 0) {
                throw new IllegalStateException("rate_budget row for " + account + " could not be created");
            }
            // The first call for an account anywhere: a token is due now. Another node may insert it too.
            em.createNativeQuery("insert into rate_budget (account_code, next_token_micros) values (?1, 0)"
                            + " on conflict do nothing")
                    .setParameter(1, account).executeUpdate();
        }
    }

    private void store(String account, long nextTokenMicros) {
        em.createNativeQuery("update rate_budget set next_token_micros = ?2 where account_code = ?1")
                .setParameter(1, account).setParameter(2, nextTokenMicros).executeUpdate();
    }
}
