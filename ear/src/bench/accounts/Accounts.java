import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Issue 27, part 1: ACCOUNTS busy accounts (run.sh adds them through the environment, b001.., each its own simulator
 * account at DEAR's default 60 calls a minute) get SALES sales' webhooks each, all at once; an idle account gets one
 * sale every 5 s throughout; the warehouse ships the first order of SHIPPERS busy accounts as soon as it is there.
 * Measures: the time until all orders are in (goal <= 45 s at 100 x 30, where the limit allows 30 s), each busy
 * account's drain rate against its limit from the simulator's call log (goal >= 0.9, 0 throttled), the idle
 * account's webhook-to-order time (goal p99 <= 2 s) and ship call to DEAR's answer (goal p95 <= 5 s).
 * Prints the figures; exits 1 if an order is missing (goals are reported in the RESULT line).
 * Plain JDK: java Accounts.java. Environment: BRIDGE, ACCOUNTS (100), SALES (30), SHIPPERS (10), TIMEOUT_S (300),
 * CLUSTER_DB and libpq's PG* variables (run.sh sets them).
 * Progress is read from the node's database through one long-lived psql per polling thread, not through the API:
 * polling 100 accounts' totals, the idle account's order and the shippers' orders over HTTP Basic cost the node a
 * bcrypt check each and was a third of its CPU in the first run (docs/benchmarks.md), so the driver measured itself.
 */
public class Accounts {

    static final String BRIDGE = System.getenv().getOrDefault("BRIDGE", "http://127.0.0.1:8880");
    static final String CONTROL = BRIDGE + "/dear-simulator/control/accounts/";
    static final int ACCOUNTS = Integer.parseInt(System.getenv().getOrDefault("ACCOUNTS", "100"));
    static final int SALES = Integer.parseInt(System.getenv().getOrDefault("SALES", "30"));
    static final int SHIPPERS = Integer.parseInt(System.getenv().getOrDefault("SHIPPERS", "10"));
    static final Duration TIMEOUT = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("TIMEOUT_S", "300")));
    static final String WAREHOUSE = "Basic " + Base64.getEncoder().encodeToString("warehouse:demo".getBytes());
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String DB = System.getenv().getOrDefault("CLUSTER_DB", "dearbridge_h_accounts");
    static final Psql PROGRESS = new Psql(DB);
    static final Psql IDLE_DB = new Psql(DB);
    static final Psql SHIP_DB = new Psql(DB);

    /** The same derivation as run.sh: code, simulator account id and webhook secret of busy account i (1-based). */
    static String code(int i) { return String.format("b%03d", i); }
    static String simId(int i) { return String.format("0a5e1c2d-3b4f-4a6e-8c7d-%012d", i); }
    static String secret(int i) { return String.format("bench-webhook-secret-%012d", i); }
    static final String IDLE = "idle";
    static final String IDLE_ID = simId(999);
    static final String IDLE_SECRET = secret(999);

    public static void main(String[] args) throws Exception {
        IntStream.rangeClosed(1, ACCOUNTS).parallel().forEach(i -> send("PUT", CONTROL + simId(i) + "/settings",
                "{\"rateLimit\": 60, \"rateWindowSeconds\": 60}", null));
        send("PUT", CONTROL + IDLE_ID + "/settings", "{\"rateLimit\": 60, \"rateWindowSeconds\": 60}", null);
        settle();
        Map<Integer, Long> firstSeq = new ConcurrentHashMap<>();
        IntStream.rangeClosed(1, ACCOUNTS).parallel().forEach(i -> firstSeq.put(i, lastSeq(simId(i))));
        log("creating " + ACCOUNTS * SALES + " sales in the simulator");
        Map<Integer, List<String[]>> sales = new ConcurrentHashMap<>();
        IntStream.rangeClosed(1, ACCOUNTS).parallel().forEach(i -> sales.put(i, createSales(simId(i), SALES)));

        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> idleTimes = Collections.synchronizedList(new ArrayList<>());
        Thread idle = new Thread(() -> {
            while (running.get()) {
                String[] sale = createSales(IDLE_ID, 1).get(0);
                long start = System.nanoTime();
                postWebhook(IDLE, IDLE_SECRET, sale);
                awaitOrder(IDLE, sale[1], Duration.ofMinutes(2));
                idleTimes.add((System.nanoTime() - start) / 1_000_000);
                sleep(Math.max(0, 5_000 - (System.nanoTime() - start) / 1_000_000));
            }
        });
        idle.start();
        sleep(5_000);

        log("posting " + ACCOUNTS * SALES + " webhooks at once");
        long t0 = System.nanoTime();
        Instant start = Instant.now();
        IntStream.rangeClosed(1, ACCOUNTS).boxed().toList().parallelStream()
                .forEach(i -> sales.get(i).parallelStream().forEach(s -> postWebhook(code(i), secret(i), s)));
        log("all webhooks acknowledged after " + (System.nanoTime() - t0) / 1_000_000 + " ms");

        List<Long> shipTimes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> shippers = new ArrayList<>();
        java.util.Set<Integer> shipped = new java.util.HashSet<>();
        Map<Integer, Long> doneAt = new ConcurrentHashMap<>();
        long deadline = t0 + TIMEOUT.toNanos();
        while (doneAt.size() < ACCOUNTS && System.nanoTime() < deadline) {
            Map<String, Long> counts = orderCounts();
            for (int i = 1; i <= ACCOUNTS; i++) {
                if (doneAt.containsKey(i)) {
                    continue;
                }
                long total = counts.getOrDefault(code(i), 0L);
                if (i <= SHIPPERS && total >= 1 && shipped.add(i)) {
                    long orderId = firstOrder(code(i));
                    Thread ship = new Thread(() -> shipTimes.add(ship(orderId)));
                    ship.start();
                    shippers.add(ship);
                }
                if (total >= SALES) {
                    doneAt.put(i, (System.nanoTime() - t0) / 1_000_000);
                }
            }
            sleep(250);
        }
        long allMs = (System.nanoTime() - t0) / 1_000_000;
        shippers.forEach(Accounts::join);
        running.set(false);
        idle.join();

        int throttled = 0;
        List<Double> ratios = new ArrayList<>();
        Map<Integer, Double> byAccount = new HashMap<>();
        for (int i = 1; i <= ACCOUNTS; i++) {
            double[] r = drain(simId(i), firstSeq.get(i), start);
            ratios.add(r[0]);
            byAccount.put(i, r[0]);
            throttled += (int) r[1];
        }
        Collections.sort(ratios);
        System.out.printf("%nall %d orders in:            %6.1f s (goal <= 45 s; DEAR's limit allows %d s)%n",
                ACCOUNTS * SALES, (doneAt.size() == ACCOUNTS ? allMs : Double.NaN) / 1000.0, SALES);
        System.out.printf("accounts drained:            %d of %d%n", doneAt.size(), ACCOUNTS);
        System.out.printf("drain rate / limit:          min %.3f  median %.3f  max %.3f (goal >= 0.9 each)%n",
                ratios.get(0), ratios.get(ratios.size() / 2), ratios.get(ratios.size() - 1));
        // Which accounts drained slowest, and whether the warehouse shipped on them (their writes share the budget).
        System.out.printf("   slowest: %s%n", byAccount.entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).limit(5)
                .map(e -> String.format("%s %.3f%s", code(e.getKey()), e.getValue(), e.getKey() <= SHIPPERS ? " (ships)" : ""))
                .collect(Collectors.joining(", ")));
        System.out.printf("throttled answers:           %d (goal 0)%n", throttled);
        System.out.printf("idle webhook -> order:       p50 %.2f s  p99 %.2f s  max %.2f s (%d sales; goal p99 <= 2 s)%n",
                pct(idleTimes, 0.5) / 1000, pct(idleTimes, 0.99) / 1000, pct(idleTimes, 1) / 1000, idleTimes.size());
        System.out.printf("ship -> DEAR (busy accounts): p50 %.2f s  p95 %.2f s  max %.2f s (%d ships; goal p95 <= 5 s)%n",
                pct(shipTimes, 0.5) / 1000, pct(shipTimes, 0.95) / 1000, pct(shipTimes, 1) / 1000, shipTimes.size());
        if (!STAGES.isEmpty()) {
            System.out.printf("   its steps, median ms from the call: answered %d, picked %d, packed %d, shipped %d%n",
                    medianOf(0), medianOf(1), medianOf(2), medianOf(3));
        }
        boolean ok = doneAt.size() == ACCOUNTS && allMs <= 45_000 && ratios.get(0) >= 0.9 && throttled == 0
                && pct(idleTimes, 0.99) <= 2_000 && pct(shipTimes, 0.95) <= 5_000;
        System.out.println(ok ? "RESULT: goals met" : "RESULT: a goal was missed");
        System.exit(doneAt.size() == ACCOUNTS ? 0 : 1);
    }

    /**
     * The account's DEAR calls since the webhooks went out (the simulator's log): the achieved rate over the drain,
     * (calls - 1) / (last - first), against 60 a minute; and the throttled answers.
     */
    static double[] drain(String simId, long sinceSeq, Instant start) {
        String calls = send("GET", CONTROL + simId + "/calls?since=" + sinceSeq, null, null);
        Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(calls);
        List<Instant> at = new ArrayList<>();
        int throttled = 0;
        while (m.find()) {
            String call = m.group();
            Matcher time = Pattern.compile("\"at\":\\s*\"([^\"]+)\"").matcher(call);
            Matcher status = Pattern.compile("\"status\":\\s*(\\d+)").matcher(call);
            if (!time.find() || !status.find()) {
                continue;
            }
            Instant t = Instant.parse(time.group(1));
            if (t.isBefore(start)) {
                continue;
            }
            at.add(t);
            int s = Integer.parseInt(status.group(1));
            throttled += s == 429 || s == 503 ? 1 : 0;
        }
        Collections.sort(at);
        if (at.size() < 2) {
            return new double[] {0, throttled};
        }
        double minutes = Duration.between(at.get(0), at.get(at.size() - 1)).toMillis() / 60_000.0;
        return new double[] {(at.size() - 1) / minutes / 60.0, throttled};
    }

    /** Waits until the start-up calls (webhook subscriptions) to every account are over: 5 s without a new one. */
    static void settle() {
        log("waiting for the bridge's start-up calls to the accounts to end");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long last = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long sum = IntStream.rangeClosed(1, ACCOUNTS).parallel().mapToLong(i -> lastSeq(simId(i))).sum();
            if (sum != last) {
                last = sum;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > 5_000_000_000L) {
                log("   start-up calls over");
                return;
            }
            sleep(1000);
        }
    }

    static long lastSeq(String simId) {
        Matcher m = Pattern.compile("\"seq\":\\s*(\\d+)").matcher(send("GET", CONTROL + simId + "/calls", null, null));
        long seq = 0;
        while (m.find()) {
            seq = Math.max(seq, Long.parseLong(m.group(1)));
        }
        return seq;
    }

    static List<String[]> createSales(String simId, int n) {
        List<String[]> sales = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            String sale = send("POST", CONTROL + simId + "/sales", "{}", null);
            sales.add(new String[] {field(sale, "ID"), field(sale, "SaleOrderNumber")});
        }
        return sales;
    }

    static void postWebhook(String account, String secret, String[] sale) {
        String body = "{\"SaleID\": \"" + sale[0] + "\", \"SaleOrderNumber\": \"" + sale[1] + "\"}";
        String answer = send("POST", BRIDGE + "/bridge/api/dear/" + account + "/webhooks/Sale/OrderAuthorised", body,
                "Bearer " + secret);
        if (!answer.contains("accepted") && !answer.contains("duplicate")) {
            throw new IllegalStateException("webhook answered " + answer);
        }
    }

    /** Orders per account, one GROUP BY. */
    static Map<String, Long> orderCounts() {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (String row : PROGRESS.query("SELECT account_code, count(*) FROM warehouse_order GROUP BY account_code")) {
            String[] cols = row.split("\\|");
            counts.put(cols[0], Long.parseLong(cols[1]));
        }
        return counts;
    }

    static long firstOrder(String account) {
        List<String> rows = PROGRESS.query("SELECT min(id) FROM warehouse_order WHERE account_code = '" + account + "'");
        if (rows.isEmpty() || rows.get(0).isEmpty()) {
            throw new IllegalStateException("no order of " + account);
        }
        return Long.parseLong(rows.get(0));
    }

    static void awaitOrder(String account, String number, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!IDLE_DB.query("SELECT 1 FROM warehouse_order WHERE account_code = '" + account
                    + "' AND sale_order_number = '" + number + "'").isEmpty()) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException("no order for " + number);
    }

    /** The one-call ship of an order, timed until the bridge shows DEAR's answer to the ship write. */
    /** Per ship, ms from the call to: its answer, then DEAR's pick, pack and ship as the bridge recorded them. */
    static final List<long[]> STAGES = Collections.synchronizedList(new ArrayList<>());

    static long medianOf(int step) {
        List<Long> values = new ArrayList<>();
        STAGES.forEach(at -> values.add(at[step]));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    static long ship(long orderId) {
        long started = System.nanoTime();
        send("POST", BRIDGE + "/bridge/api/v1/orders/" + orderId + "/ship",
                "{\"carrier\": \"StarTrack\", \"trackingNumber\": \"T" + orderId + "\", \"shipDate\": \"2026-12-06\"}",
                WAREHOUSE);
        long[] at = {(System.nanoTime() - started) / 1_000_000, -1, -1, -1};
        long deadline = started + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> row = SHIP_DB.query("SELECT coalesce(pick_status, '') || ',' || coalesce(pack_status, '')"
                    + " || ',' || coalesce(ship_status, '') FROM fulfilment WHERE order_id = " + orderId);
            String[] status = row.isEmpty() ? new String[0] : row.get(0).split(",", -1);
            long now = (System.nanoTime() - started) / 1_000_000;
            for (int i = 0; i < status.length && i < 3; i++) {
                if (at[i + 1] < 0 && status[i].equals("AUTHORISED")) {
                    at[i + 1] = now;
                }
            }
            if (at[3] >= 0) {
                STAGES.add(at);
                return at[3];
            }
            sleep(100);
        }
        throw new IllegalStateException("order " + orderId + " not shipped in DEAR in 5 minutes");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String send(String method, String url, String body, String auth) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One psql session fed statements on stdin; each answer ends at a marker line. */
    static final class Psql {
        private static final String END = "__end_of_answer__";
        private final java.io.BufferedWriter in;
        private final java.io.BufferedReader out;

        Psql(String db) {
            try {
                Process process = new ProcessBuilder("psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=0", "-d", db)
                        .redirectErrorStream(true).start();
                in = new java.io.BufferedWriter(new java.io.OutputStreamWriter(process.getOutputStream()));
                out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("psql: " + e, e);
            }
        }

        synchronized List<String> query(String sql) {
            try {
                in.write(sql + ";\n\\echo " + END + "\n");
                in.flush();
                List<String> rows = new ArrayList<>();
                for (String line = out.readLine(); line != null && !line.equals(END); line = out.readLine()) {
                    if (line.startsWith("ERROR") || line.startsWith("psql:")) {
                        throw new IllegalStateException("psql: " + line);
                    }
                    rows.add(line);
                }
                return rows;
            } catch (java.io.IOException e) {
                throw new IllegalStateException("psql: " + e, e);
            }
        }
    }

    static double pct(List<Long> ms, double p) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }

    static void log(String what) {
        System.out.println(java.time.LocalTime.now().withNano(0) + " " + what);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
