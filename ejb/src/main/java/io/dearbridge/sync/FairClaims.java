package io.dearbridge.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;

/**
 * How a dispatcher claims across accounts, the same for inbox and outbox: each account's quota from its
 * {@link AccountSlots}, an occasional sweep for the items of accounts no longer configured, and a wake-up for when a
 * resting account's DEAR token is due, so it is not left until the next poll. The dispatchers differ only in what
 * they claim and how they handle it.
 *
 * @param <C> a claimed item
 */
public final class FairClaims<C> {

    /** Items of accounts no longer configured are looked for this often, not on every claim. */
    private static final long ORPHAN_SWEEP_NANOS = TimeUnit.MINUTES.toNanos(5);

    private static final long WAKE_TOLERANCE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AccountSlots slots;
    private final Function<Collection<String>, Collection<String>> withDue;
    private final Function<Map<String, Integer>, List<C>> claimDue;
    private final BiFunction<Collection<String>, Integer, List<C>> claimOrphans;
    private final Function<C, String> accountOf;
    private final ToLongFunction<String> nanosUntilToken;
    private final Duration pollInterval;
    private final int orphanBatch;
    private final LongConsumer wakeInNanos;
    private final AtomicLong wakeAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastOrphanSweep = new AtomicLong(System.nanoTime() - ORPHAN_SWEEP_NANOS);

    /**
     * @param claimDue        claims up to each account's quota of its due items (one transaction for the round)
     * @param claimOrphans    claims due items of accounts not among the configured ones
     * @param nanosUntilToken how long each account waits for its next DEAR token in the dispatcher's lane
     * @param wakeInNanos     schedules a kick of the dispatcher after that many nanoseconds
     */
    public FairClaims(AccountSlots slots, Function<Map<String, Integer>, List<C>> claimDue,
                      BiFunction<Collection<String>, Integer, List<C>> claimOrphans, Function<C, String> accountOf,
                      ToLongFunction<String> nanosUntilToken, Duration pollInterval, int orphanBatch,
                      LongConsumer wakeInNanos) {
        this(slots, accounts -> accounts, claimDue, claimOrphans, accountOf, nanosUntilToken, pollInterval, orphanBatch,
                wakeInNanos);
    }

    /**
     * @param withDue which of the given accounts have work due now, in one query: with a hundred accounts, a round
     *                that asked each account's token and claimed each in a transaction of its own cost hundreds of
     *                statements for the few accounts that had work (issue 27)
     */
    public FairClaims(AccountSlots slots, Function<Collection<String>, Collection<String>> withDue,
                      Function<Map<String, Integer>, List<C>> claimDue,
                      BiFunction<Collection<String>, Integer, List<C>> claimOrphans, Function<C, String> accountOf,
                      ToLongFunction<String> nanosUntilToken, Duration pollInterval, int orphanBatch,
                      LongConsumer wakeInNanos) {
        this.slots = slots;
        this.withDue = withDue;
        this.claimDue = claimDue;
        this.claimOrphans = claimOrphans;
        this.accountOf = accountOf;
        this.nanosUntilToken = nanosUntilToken;
        this.pollInterval = pollInterval;
        this.orphanBatch = orphanBatch;
        this.wakeInNanos = wakeInNanos;
    }

    /** Claims of one account at a time, for a queue whose claims are simplest so (and tests). */
    public static <C> Function<Map<String, Integer>, List<C>> eachAccount(BiFunction<String, Integer, List<C>> claimDue) {
        return quotas -> {
            List<C> claims = new ArrayList<>();
            quotas.forEach((account, quota) -> claims.addAll(claimDue.apply(account, quota)));
            return claims;
        };
    }

    /** One round: each configured account's share, in rotating order, and now and then the orphans. */
    public List<C> claim(List<String> accounts) {
        List<String> open = slots.open(accounts);
        Set<String> busy = open.isEmpty() ? Set.of() : Set.copyOf(withDue.apply(open));
        Map<String, Integer> quotas = slots.quotas(open.stream().filter(busy::contains).toList(), nanosUntilToken);
        List<C> claims = new ArrayList<>(quotas.isEmpty() ? List.of() : claimDue.apply(quotas));
        long now = System.nanoTime();
        long last = lastOrphanSweep.get();
        if (now - last >= ORPHAN_SWEEP_NANOS && lastOrphanSweep.compareAndSet(last, now)) {
            claims.addAll(claimOrphans.apply(accounts, orphanBatch));
        }
        claims.forEach(claim -> slots.took(accountOf.apply(claim)));
        wakeForRestingAccounts();
        return claims;
    }

    /** A handed-out item found no token: its account rests until the token is due. */
    public void rest(C claim, long nanos) {
        slots.rest(accountOf.apply(claim), nanos);
    }

    /** A handed-out item has taken its DEAR token, or finished without one (see {@link AccountSlots#begun}). */
    public void begun(C claim) {
        slots.begun(accountOf.apply(claim));
    }

    /** A handed-out item is done (whatever its outcome): its account's place is free again. */
    public void finished(C claim) {
        slots.finished(accountOf.apply(claim));
    }

    private void wakeForRestingAccounts() {
        long wait = slots.nanosUntilFirstWake();
        if (wait < 0 || wait >= pollInterval.toNanos()) {
            return;
        }
        long at = System.nanoTime() + wait;
        long pending = wakeAt.get();
        // A wake already set for then (give or take the millisecond a kick is scheduled in) will do.
        if (pending - System.nanoTime() > 0 && pending - at <= WAKE_TOLERANCE_NANOS) {
            return;
        }
        wakeAt.set(at);
        wakeInNanos.accept(wait);
    }
}
