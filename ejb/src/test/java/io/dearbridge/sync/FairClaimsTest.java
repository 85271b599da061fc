package io.dearbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One claim round across accounts, as both dispatchers run it. */
class FairClaimsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** An item of an account's queue. */
    private record Item(String account, int n) {
    }

    private final Map<String, Integer> backlog = new HashMap<>(Map.of("a", 100, "b", 3));
    private final List<String> orphanSweeps = new ArrayList<>();
    private final List<Long> wakes = new ArrayList<>();
    private final Map<String, Long> tokenIn = new HashMap<>();
    private final FairClaims<Item> claims = new FairClaims<>(new AccountSlots(2, SECOND, System::nanoTime),
            FairClaims.eachAccount(this::claimDue), this::claimOrphans, Item::account, a -> tokenIn.getOrDefault(a, 0L), Duration.ofSeconds(5),
            10, wakes::add);

    private List<Item> claimDue(String account, int max) {
        int take = Math.min(max, backlog.getOrDefault(account, 0));
        backlog.merge(account, -take, Integer::sum);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < take; i++) {
            items.add(new Item(account, i));
        }
        return items;
    }

    private List<Item> claimOrphans(Collection<String> configured, int max) {
        orphanSweeps.add(String.join(",", configured) + " max " + max);
        return List.of(new Item("gone", 0));
    }

    private long count(List<Item> items, String account) {
        return items.stream().filter(i -> i.account().equals(account)).count();
    }

    @Test
    void eachAccountGetsItsOwnShareAndABusyOneWaitsForItsOwnItemsToFinish() {
        List<Item> first = claims.claim(List.of("a", "b"));
        assertEquals(2, count(first, "a"));
        assertEquals(2, count(first, "b"));

        List<Item> second = claims.claim(List.of("a", "b"));
        assertTrue(second.isEmpty(), "both accounts have their two places in hand: " + second);

        claims.finished(first.get(0));
        List<Item> third = claims.claim(List.of("a", "b"));
        assertEquals(1, third.size());
        assertEquals(first.get(0).account(), third.get(0).account(), "only the account whose item finished claims");
    }

    @Test
    void aRoundClaimsAndAsksTokensOnlyForAccountsWithWorkDue() {
        List<String> claimedFor = new ArrayList<>();
        List<String> tokensAsked = new ArrayList<>();
        List<Collection<String>> dueAsked = new ArrayList<>();
        FairClaims<Item> withDue = new FairClaims<>(new AccountSlots(2, SECOND, System::nanoTime),
                accounts -> {
                    dueAsked.add(List.copyOf(accounts));
                    return accounts.stream().filter(a -> backlog.getOrDefault(a, 0) > 0).toList();
                },
                FairClaims.eachAccount((account, max) -> {
                    claimedFor.add(account);
                    return claimDue(account, max);
                }), this::claimOrphans, Item::account, a -> {
                    tokensAsked.add(a);
                    return 0L;
                }, Duration.ofSeconds(5), 10, wakes::add);
        backlog.put("idle1", 0);
        backlog.put("idle2", 0);

        List<Item> items = withDue.claim(List.of("a", "idle1", "b", "idle2"));

        assertEquals(1, dueAsked.size(), "one question for the round");
        assertEquals(List.of("a", "b"), claimedFor.stream().sorted().toList());
        assertEquals(List.of("a", "b"), tokensAsked.stream().sorted().toList(), "no token asked for idle accounts");
        assertEquals(4, count(items, "a") + count(items, "b"));
    }

    @Test
    void itemsOfAccountsNoLongerConfiguredAreSweptNowAndThenNotOnEveryRound() {
        List<Item> first = claims.claim(List.of("a", "b"));
        claims.claim(List.of("a", "b"));

        assertEquals(List.of("a,b max 10"), orphanSweeps, "one sweep in five minutes");
        assertEquals(1, count(first, "gone"));
    }

    @Test
    void anAccountRestingForATokenDueBeforeTheNextPollHasAWakeUpScheduled() {
        tokenIn.put("a", 3 * SECOND);
        claims.claim(List.of("a"));

        assertEquals(1, wakes.size());
        assertTrue(wakes.get(0) > 2 * SECOND && wakes.get(0) <= 3 * SECOND, "wake in about 3 s: " + wakes);
        claims.claim(List.of("a"));
        assertEquals(1, wakes.size(), "a wake already due first is not scheduled again");
    }

    @Test
    void aRoundClaimsForAllItsAccountsInOneCall() {
        List<Map<String, Integer>> calls = new ArrayList<>();
        FairClaims<Item> oneCall = new FairClaims<>(new AccountSlots(2, SECOND, System::nanoTime), quotas -> {
            calls.add(Map.copyOf(quotas));
            return FairClaims.eachAccount(this::claimDue).apply(quotas);
        }, this::claimOrphans, Item::account, a -> 0L, Duration.ofSeconds(5), 10, wakes::add);
        List<Item> items = oneCall.claim(List.of("a", "b"));
        assertEquals(1, calls.size(), "one claim (one transaction) for the round: " + calls);
        assertEquals(Map.of("a", 2, "b", 2), calls.get(0));
        assertEquals(4, items.stream().filter(i -> !i.account().equals("gone")).count());
    }
}
