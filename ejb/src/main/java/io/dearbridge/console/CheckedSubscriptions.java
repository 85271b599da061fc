package io.dearbridge.console;

import io.dearbridge.webhook.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The console's "Check webhooks" answers, kept a minute per account on this node, so repeated clicks (or several
 * operators) cost DEAR one call a minute per account rather than one per click. A heal forgets the account's entry.
 */
@ApplicationScoped
public class CheckedSubscriptions {

    static final Duration KEPT = Duration.ofMinutes(1);

    private record Entry(List<Subscription> subscriptions, Instant readAt) {
    }

    private final Map<String, Entry> byAccount = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** The account's subscriptions read less than a minute ago, else read now through {@code read}. */
    public List<Subscription> get(String accountCode, Supplier<List<Subscription>> read) {
        Instant now = clock.instant();
        Entry entry = byAccount.get(accountCode);
        if (entry != null && entry.readAt().plus(KEPT).isAfter(now)) {
            return entry.subscriptions();
        }
        List<Subscription> fresh = List.copyOf(read.get());
        byAccount.put(accountCode, new Entry(fresh, now));
        return fresh;
    }

    public void forget(String accountCode) {
        byAccount.remove(accountCode);
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }
}
