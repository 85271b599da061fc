package io.dearbridge.simulator;

import io.dearbridge.simulator.account.SimAccount;
import io.dearbridge.simulator.api.DearRequest;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.app.AccountSpace;
import io.dearbridge.simulator.app.Simulator;
import io.dearbridge.simulator.sale.Sale;
import io.dearbridge.simulator.time.TaskScheduler;
import io.dearbridge.simulator.webhook.WebhookSender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A simulator on a hand-driven clock and scheduler, with a recording webhook sender. */
public final class TestSim {

    public static final String ACCOUNT = "11111111-1111-1111-1111-111111111111";
    public static final String KEY = "22222222-2222-2222-2222-222222222222";

    public record Sent(long atMillis, String url, Map<String, String> headers, String body) {
    }

    private record Task(long due, long order, Runnable task) {
    }

    public Instant now = Instant.parse("2025-03-10T23:41:07.513Z");
    public final List<Sent> sent = new ArrayList<>();
    public int receiverStatus = 200;
    /** Every injected wait, in milliseconds; nothing really sleeps. */
    public final List<Long> slept = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private long order;
    public final Simulator sim;

    public TestSim() {
        this(0.5);
    }

    /** @param randomValue what every "random" draw returns, so rate-based knobs are deterministic */
    public TestSim(double randomValue) {
        TaskScheduler scheduler = (task, delay) -> tasks.add(new Task(now.toEpochMilli() + delay, order++, task));
        WebhookSender sender = (url, headers, body) -> {
            sent.add(new Sent(now.toEpochMilli(), url, headers, body));
            return receiverStatus;
        };
        Random random = new Random() {
            @Override
            public double nextDouble() {
                return randomValue;
            }
        };
        sim = new Simulator(List.of(new SimAccount("Test Co", ACCOUNT, KEY)), 1.0, () -> now, scheduler, sender,
                random, slept::add);
    }

    public AccountSpace space() {
        return sim.space(ACCOUNT);
    }

    /** Moves time forward, running scheduled work as it falls due. */
    public void advance(Duration d) {
        Instant end = now.plus(d);
        while (true) {
            Task next = tasks.stream().filter(t -> t.due() <= end.toEpochMilli())
                    .min(Comparator.comparingLong(Task::due).thenComparingLong(Task::order)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            if (Instant.ofEpochMilli(next.due()).isAfter(now)) {
                now = Instant.ofEpochMilli(next.due());
            }
            next.task().run();
        }
        now = end;
    }

    public DearResponse call(String method, String path, Map<String, String> query, Object body) {
        return callAs(ACCOUNT, KEY, method, path, query, body);
    }

    public DearResponse callAs(String account, String key, String method, String path, Map<String, String> query,
                               Object body) {
        return sim.router().handle(new DearRequest(method, path, "", query == null ? Map.of() : query, account, key,
                () -> body));
    }

    public DearResponse get(String path, String... query) {
        return call("GET", path, q(query), null);
    }

    public Sale newSale() {
        return newSale(Map.of());
    }

    public Sale newSale(Map<String, Object> spec) {
        return sim.factory().create(ACCOUNT, space().sales(), spec);
    }

    /** A sale with the given SKU:quantity lines. */
    public Sale saleWith(Object... skuQty) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            lines.add(map("sku", skuQty[i], "quantity", new java.math.BigDecimal(skuQty[i + 1].toString())));
        }
        return newSale(map("lines", lines));
    }

    public static Map<String, String> q(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> obj(DearResponse r) {
        return (Map<String, Object>) r.body();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    public static String exception(DearResponse r) {
        Object body = r.body();
        if (body instanceof List<?> l) {
            body = l.get(0);
        }
        return (String) obj(body).get("Exception");
    }
}
