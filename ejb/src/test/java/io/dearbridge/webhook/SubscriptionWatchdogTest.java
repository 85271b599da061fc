package io.dearbridge.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.account.Secret;
import io.dearbridge.sync.BackgroundWork;
import jakarta.ejb.TimerService;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubscriptionWatchdogTest {

    private static final long HEAL_MILLIS = 300;

    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void accountsHealSideBySideAndTheRoundWaitsForAll() {
        List<DearAccount> accounts = IntStream.rangeClosed(1, 6).mapToObj(i -> new DearAccount("a" + i,
                URI.create("https://dear.example/"), new Secret("id"), new Secret("key"), new Secret("hook"))).toList();
        Set<String> healed = ConcurrentHashMap.newKeySet();
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        SubscriptionWatchdog watchdog = new SubscriptionWatchdog();
        watchdog.accounts = new AccountRegistry() {
            @Override
            public Collection<DearAccount> all() {
                return accounts;
            }
        };
        watchdog.healer = new SubscriptionHealer() {
            @Override
            public Optional<List<SubscriptionReport>> healOnce(DearAccount account, Duration spacing) {
                mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(HEAL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                atOnce.decrementAndGet();
                healed.add(account.code());
                return Optional.of(List.of());
            }
        };
        watchdog.background = new BackgroundWork() {
            @Override
            public <T> Future<T> submit(Callable<T> task) {
                return threads.submit(task);
            }
        };
        AtomicInteger scheduled = new AtomicInteger();
        watchdog.timers = (TimerService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TimerService.class}, (proxy, method, args) -> {
                    scheduled.incrementAndGet();
                    return null;
                });
        watchdog.interval = Duration.ofMinutes(15);
        watchdog.retry = Duration.ofSeconds(30);

        long start = System.nanoTime();
        watchdog.run(null);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(6, healed.size(), "the round ends only when every account's heal has");
        assertTrue(mostAtOnce.get() > 1, "heals ran one at a time");
        assertTrue(tookMillis < 6 * HEAL_MILLIS, "a round of 6 heals of " + HEAL_MILLIS + " ms took " + tookMillis
                + " ms: one after another");
        assertEquals(1, scheduled.get(), "the next round is scheduled once");
    }
}
