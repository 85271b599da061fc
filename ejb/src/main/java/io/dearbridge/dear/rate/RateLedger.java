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

    /** See {@link RateBudget#reserve}; all durations in microseconds. */
    public long reserve(String account, long intervalMicros, long toleranceMicros, long maxWaitMicros) {
        long[] row = lock(account);
        long now = row[1];
        long due = Math.max(row[0], now);
        long wait = Math.max(0, due - toleranceMicros - now);
        if (wait > maxWaitMicros) {
            return -1;
        }
        store(account, due + intervalMicros);
        return wait;
    }

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
