package io.dearbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Per-account places, resting accounts and rotation: one account's backlog never takes another's turn. */
class AccountSlotsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final AccountSlots slots = new AccountSlots(2, SECOND, now::get);
    private final Map<String, Long> tokenIn = new HashMap<>();

    private Map<String, Integer> quotas(String... accounts) {
        return slots.quotas(List.of(accounts), a -> tokenIn.getOrDefault(a, 0L));
    }

    @Test
    void aBusyAccountDoesNotTakeTheOthersPlaces() {
        slots.took("a");
        slots.took("a");
        Map<String, Integer> quotas = quotas("a", "b");
        assertFalse(quotas.containsKey("a"), "a has both its places in hand");
        assertEquals(2, quotas.get("b"));
        slots.finished("a");
        assertEquals(1, quotas("a", "b").get("a"));
    }

    @Test
    void noMoreWorkIsClaimedThanTokensComeWithinTheRestBound() {
        // One token a second (DEAR's 60 a minute), bound 100 ms: a second event in hand would only be put back.
        AccountSlots paced = new AccountSlots(2, SECOND / 10, a -> a.equals("slow") ? SECOND : SECOND / 100, now::get);
        Map<String, Integer> quotas = paced.quotas(List.of("slow", "fast"), a -> 0L);
        assertEquals(1, quotas.get("slow"));
        assertEquals(2, quotas.get("fast"), "ten tokens within the bound: both places");
    }

    @Test
    void anAccountWithoutATokenSoonRestsUntilItComes() {
        tokenIn.put("a", 50 * SECOND);
        assertFalse(quotas("a", "b").containsKey("a"));
        tokenIn.put("a", 0L);
        assertFalse(quotas("a", "b").containsKey("a"), "still resting: its token was 50 s away");
        now.addAndGet(50 * SECOND);
        assertTrue(quotas("a", "b").containsKey("a"));
    }

    @Test
    void aDeferredAccountRests() {
        slots.rest("a", 5 * SECOND);
        assertEquals(List.of("b"), List.copyOf(quotas("a", "b").keySet()));
        now.addAndGet(5 * SECOND);
        assertTrue(quotas("a", "b").containsKey("a"));
    }

    @Test
    void theFirstAccountAskedRotates() {
        String first1 = quotas("a", "b", "c").keySet().iterator().next();
        String first2 = quotas("a", "b", "c").keySet().iterator().next();
        String first3 = quotas("a", "b", "c").keySet().iterator().next();
        assertEquals(3, java.util.Set.of(first1, first2, first3).size());
    }

    @Test
    void workWaitingToStartHoldsItsTokenSoTheAccountIsNotClaimedTwiceForIt() {
        AccountSlots paced = new AccountSlots(2, SECOND / 10, a -> SECOND, now::get);
        assertEquals(1, paced.quotas(List.of("a"), a -> 0L).get("a"));
        paced.took("a");
        assertFalse(paced.quotas(List.of("a"), a -> 0L).containsKey("a"),
                "the claimed event has not asked for the token yet: a second one would be put back");
        paced.begun("a");
        assertEquals(1, paced.quotas(List.of("a"), a -> SECOND / 20).get("a"),
                "the next token comes within the bound: the second place fills while the first is at DEAR");
        paced.finished("a");
        assertEquals(1, paced.quotas(List.of("a"), a -> 0L).get("a"));
    }
}
