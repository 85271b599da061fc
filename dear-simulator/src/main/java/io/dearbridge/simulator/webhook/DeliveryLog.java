package io.dearbridge.simulator.webhook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every delivery attempt of one account, bounded; status 0 = connection failure or timeout. */
public final class DeliveryLog {

    private static final int CAPACITY = 20_000;

    public record Entry(long seq, String type, String url, int attempt, int status, String at, Object payload) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", seq);
            m.put("type", type);
            m.put("url", url);
            m.put("attempt", attempt);
            m.put("status", status);
            m.put("at", at);
            m.put("payload", payload);
            return m;
        }
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private long seq;

    public synchronized void add(String type, String url, int attempt, int status, String at, Object payload) {
        entries.addLast(new Entry(++seq, type, url, attempt, status, at, payload));
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
    }

    public synchronized List<Entry> since(long since) {
        return entries.stream().filter(e -> e.seq() > since).toList();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
