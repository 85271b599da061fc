package io.dearbridge.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins per user name and per source address: after {@code maxPerUser} failures of one name (or
 * {@code maxPerSource} from one address) within {@code window}, further attempts are refused without checking the
 * password until the oldest of those failures is older than the window. A refused attempt is not checked, so it
 * costs no bcrypt and counts no further. Known and unknown names are counted alike, so the lock tells nothing about
 * which names exist. A success clears the user's count, never the source's (a valid login of one's own must not
 * reset a guessing run against others). In memory, per node: a cluster of n nodes allows n times the guesses.
 */
public final class LoginThrottle {

    /** Names or addresses remembered at most; the oldest is forgotten first (an attacker cycling names). */
    static final int MAX_KEYS = 10_000;

    private final int maxPerUser;
    private final int maxPerSource;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public LoginThrottle(int maxPerUser, int maxPerSource, Duration window) {
        this.maxPerUser = Math.max(1, maxPerUser);
        this.maxPerSource = Math.max(1, maxPerSource);
        this.window = window;
    }

    /** How long the attempt must wait, if the user or the source is locked now. */
    public synchronized Optional<Duration> locked(String username, String source, Instant now) {
        Optional<Duration> user = lockOf(userKey(username), maxPerUser, now);
        Optional<Duration> address = lockOf(sourceKey(source), maxPerSource, now);
        if (user.isPresent() && address.isPresent()) {
            return Optional.of(user.get().compareTo(address.get()) >= 0 ? user.get() : address.get());
        }
        return user.isPresent() ? user : address;
    }

    public synchronized void failed(String username, String source, Instant now) {
        record(userKey(username), maxPerUser, now);
        record(sourceKey(source), maxPerSource, now);
    }

    public synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    /** An admin changed the user's password, roles or enabled flag: the count starts afresh. */
    public synchronized void forget(String username) {
        failures.remove(userKey(username));
    }

    private Optional<Duration> lockOf(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        prune(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return Optional.empty();
        }
        if (times.size() < max) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    private void record(String key, int max, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        times.addLast(now);
        while (times.size() > max) {
            times.removeFirst();
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String sourceKey(String source) {
        return "s:" + (source == null ? "" : source);
    }
}
