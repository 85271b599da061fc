package io.dearbridge.simulator.calls;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A bounded, ordered log of one account's calls; the oldest entries fall off so a long demo cannot fill memory. */
public final class CallLog {

    private static final int CAPACITY = 20_000;

    private final Deque<CallRecord> records = new ArrayDeque<>();
    private long seq;

    public synchronized void add(String method, String path, String query, int status, String at, long durationMs) {
        records.addLast(new CallRecord(++seq, method, path, query, status, at, durationMs));
        if (records.size() > CAPACITY) {
            records.removeFirst();
        }
    }

    /** Calls with a sequence number above {@code since}. */
    public synchronized List<CallRecord> since(long since) {
        return records.stream().filter(r -> r.seq() > since).toList();
    }

    public synchronized void clear() {
        records.clear();
    }
}
