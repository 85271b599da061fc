package io.dearbridge.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * The fairness of one dispatcher on this node: each account has its own few places for work in hand, so one
 * account's backlog can never fill the node; an account whose DEAR budget has no token for a while is left
 * alone (rests) instead of having work claimed that would only be put back; and the accounts take turns in
 * a rotating order. A dispatcher asks {@link #quotas} how much to claim of each account, {@link #took} when
 * work of it is in hand, and {@link #finished} when it is done.
 */
public final class AccountSlots {

    private final int perAccount;
    private final long restBelowNanos;
    private final ToLongFunction<String> nanosPerToken;
    private final LongSupplier nanoClock;
    private final ConcurrentMap<String, AtomicInteger> inHand = new ConcurrentHashMap<>();
    /** Of the work in hand, what has not taken its DEAR token yet (on the executor's queue, or reading first). */
    private final ConcurrentMap<String, AtomicInteger> notBegun = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> restingUntil = new ConcurrentHashMap<>();
    private final AtomicInteger turn = new AtomicInteger();

    /**
     * @param perAccount     most pieces of work of one account in hand at once on this node
     * @param restBelowNanos a token further away than this sends the account to rest until then
     */
    public AccountSlots(int perAccount, long restBelowNanos, LongSupplier nanoClock) {
        this(perAccount, restBelowNanos, account -> 0, nanoClock);
    }

    /**
     * @param nanosPerToken the spacing of an account's DEAR tokens (0: unknown): no more of its work is claimed at
     *                      once than tokens come within {@code restBelowNanos}, since the rest would only be put back
     */
    public AccountSlots(int perAccount, long restBelowNanos, ToLongFunction<String> nanosPerToken,
                        LongSupplier nanoClock) {
        this.perAccount = Math.max(1, perAccount);
        this.restBelowNanos = restBelowNanos;
        this.nanosPerToken = nanosPerToken;
        this.nanoClock = nanoClock;
    }

    /**
     * How many pieces to claim now for each account, in this round's order (which rotates, so no account is
     * always asked first); {@code nanosUntilToken} tells how far away the account's next token is.
     */
    public Map<String, Integer> quotas(Collection<String> accounts, ToLongFunction<String> nanosUntilToken) {
        List<String> order = new ArrayList<>(accounts);
        Map<String, Integer> quotas = new LinkedHashMap<>();
        if (order.isEmpty()) {
            return quotas;
        }
        int start = Math.floorMod(turn.getAndIncrement(), order.size());
        long now = nanoClock.getAsLong();
        for (int i = 0; i < order.size(); i++) {
            String account = order.get((start + i) % order.size());
            int free = perAccount - inHand(account);
            if (free <= 0 || resting(account, now)) {
                continue;
            }
            long wait = nanosUntilToken.applyAsLong(account);
            if (wait > restBelowNanos) {
                restUntil(account, now + wait);
                continue;
            }
            // A token that work already in hand will ask for is not free: claimed again, the second would be put back.
            int tokens = tokensWithin(account, restBelowNanos - wait) - count(notBegun, account);
            if (tokens > 0) {
                quotas.put(account, Math.min(free, tokens));
            }
        }
        return quotas;
    }

    private int tokensWithin(String account, long nanos) {
        long perToken = nanosPerToken.applyAsLong(account);
        return perToken <= 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, 1 + Math.max(0, nanos) / perToken);
    }

    /** The accounts with a free place that are not resting: those a round may claim for, before any token is asked. */
    public List<String> open(Collection<String> accounts) {
        long now = nanoClock.getAsLong();
        return accounts.stream().filter(a -> perAccount - inHand(a) > 0 && !resting(a, now)).toList();
    }

    public void took(String account) {
        inHand.computeIfAbsent(account, a -> new AtomicInteger()).incrementAndGet();
        notBegun.computeIfAbsent(account, a -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Work in hand has taken its DEAR token (or finished without one): from now on its token shows in the account's
     * budget. Until then a round that saw the token free would claim a second event for it, to be put back (issue 27:
     * a quarter of the imports were deferred while the first event of their account was still reading the inbox).
     */
    public void begun(String account) {
        decrement(notBegun, account);
    }

    public void finished(String account) {
        int left = decrement(inHand, account);
        AtomicInteger waiting = notBegun.get(account);
        if (waiting != null) {
            waiting.updateAndGet(n -> Math.min(n, left));
        }
    }

    private static int decrement(ConcurrentMap<String, AtomicInteger> counts, String account) {
        AtomicInteger count = counts.get(account);
        return count == null ? 0 : count.updateAndGet(n -> Math.max(0, n - 1));
    }

    private static int count(ConcurrentMap<String, AtomicInteger> counts, String account) {
        AtomicInteger count = counts.get(account);
        return count == null ? 0 : count.get();
    }

    /** The account's work was deferred for want of a token: claim none of it for {@code nanos}. */
    public void rest(String account, long nanos) {
        restUntil(account, nanoClock.getAsLong() + nanos);
    }

    /**
     * Nanoseconds until the first resting account may be claimed again, or -1 when none rests: the dispatcher
     * looks again then rather than at its next poll, so a token is not left unused for want of a claim.
     */
    public long nanosUntilFirstWake() {
        long now = nanoClock.getAsLong();
        return restingUntil.values().stream().mapToLong(until -> Math.max(0, until - now)).min().orElse(-1);
    }

    public int inHand(String account) {
        return count(inHand, account);
    }

    private void restUntil(String account, long until) {
        restingUntil.merge(account, until, Math::max);
    }

    private boolean resting(String account, long now) {
        Long until = restingUntil.get(account);
        if (until == null) {
            return false;
        }
        if (now - until >= 0) {
            restingUntil.remove(account, until);
            return false;
        }
        return true;
    }
}
