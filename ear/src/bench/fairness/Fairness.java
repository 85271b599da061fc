import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fairness benchmarks (docs/benchmarks.md), driven from outside against a running bridge whose accounts
 * 'noisy' (A) and 'quiet' (B) live in the simulator at 60 calls a minute, as DEAR's default (run.sh sets it up):
 *   1. B alone: 20 sales' webhooks at once; each sale's time from webhook to order (polled every 100 ms).
 *   2. A gets 10 sales and they are imported (orders to ship later).
 *   3. A gets 500 sales at once; 10 s later, side by side: B gets 20 sales (measured as in 1), and the warehouse
 *      ships A's 10 orders, one every 10 s, each timed from its ship call until the bridge shows DEAR's answer.
 * Prints the figures and exits 1 if a goal is missed: B's p95 under A's backlog within 3x of B alone, ship p95
 * at most 60 s. Plain JDK (java Fairness.java), no dependencies. Environment: BRIDGE (http://127.0.0.1:8880).
 */
public class Fairness {

    static final String BRIDGE = System.getenv().getOrDefault("BRIDGE", "http://127.0.0.1:8880");
    static final String CONTROL = BRIDGE + "/dear-simulator/control/accounts/";
    static final String NOISY_ID = "0a5e1c2d-3b4f-4a6e-8c7d-9e0f1a2b3c01";
    static final String QUIET_ID = "0a5e1c2d-3b4f-4a6e-8c7d-9e0f1a2b3c02";
    static final String SECRET_NOISY = "noisy-webhook-secret-000000000001";
    static final String SECRET_QUIET = "quiet-webhook-secret-000000000002";
    static final String WAREHOUSE = "Basic " + Base64.getEncoder().encodeToString("warehouse:demo".getBytes());
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int backlog = Integer.parseInt(System.getenv().getOrDefault("BACKLOG", "500"));
        for (String id : List.of(NOISY_ID, QUIET_ID)) {
            send("PUT", CONTROL + id + "/settings", "{\"rateLimit\": 60, \"rateWindowSeconds\": 60}", null);
        }
        settle();
        log("1. quiet alone: 20 sales");
        List<Long> alone = importTimes("quiet", QUIET_ID, SECRET_QUIET, 20, Duration.ofMinutes(3));

        log("2. noisy: 10 orders to ship later");
        List<Long> toShip = new ArrayList<>();
        Map<String, Long> seen = new ConcurrentHashMap<>();
        List<String[]> ten = createSales(NOISY_ID, 10);
        for (String[] sale : ten) {
            postWebhook("noisy", SECRET_NOISY, sale);
        }
        for (String[] sale : ten) {
            toShip.add(awaitOrder("noisy", sale[1], Duration.ofMinutes(2)));
        }

        log("3. noisy: " + backlog + " sales at once");
        List<String[]> flood = createSales(NOISY_ID, backlog);
        Thread floodThread = new Thread(() -> flood.parallelStream().forEach(s -> postWebhook("noisy", SECRET_NOISY, s)));
        floodThread.start();
        floodThread.join();
        Thread.sleep(10_000);
        log("   side by side: quiet gets 20 sales; the warehouse ships 10 of noisy's orders, one every 10 s");
        List<Long> shipTimes = Collections.synchronizedList(new ArrayList<>());
        Thread shipper = new Thread(() -> {
            List<Thread> waits = new ArrayList<>();
            for (long orderId : toShip) {
                long started = System.nanoTime();
                String answer = send("POST", BRIDGE + "/bridge/api/v1/orders/" + orderId + "/ship",
                        "{\"carrier\": \"StarTrack\", \"trackingNumber\": \"T" + orderId + "\", \"shipDate\": \"2026-11-28\"}",
                        WAREHOUSE);
                Thread wait = new Thread(() -> {
                    awaitShipped(orderId, Duration.ofMinutes(10));
                    shipTimes.add((System.nanoTime() - started) / 1_000_000);
                });
                wait.start();
                waits.add(wait);
                sleep(10_000);
            }
            waits.forEach(Fairness::join);
        });
        shipper.start();
        List<Long> busy = importTimes("quiet", QUIET_ID, SECRET_QUIET, 20, Duration.ofMinutes(10));
        shipper.join();
        long noisyOrders = orderCount("noisy");

        double p95Alone = p95(alone), p95Busy = p95(busy), p95Ship = p95(shipTimes);
        System.out.printf("%nquiet alone:        p50 %6.1f s  p95 %6.1f s  max %6.1f s  (%d sales)%n",
                p50(alone) / 1000, p95Alone / 1000, max(alone) / 1000, alone.size());
        System.out.printf("quiet, noisy busy:  p50 %6.1f s  p95 %6.1f s  max %6.1f s  (%d sales)%n",
                p50(busy) / 1000, p95Busy / 1000, max(busy) / 1000, busy.size());
        System.out.printf("ratio of p95s:      %.2f (goal <= 3)%n", p95Busy / p95Alone);
        System.out.printf("noisy ship -> DEAR: p50 %6.1f s  p95 %6.1f s  max %6.1f s  (%d ships; goal p95 <= 60 s)%n",
                p50(shipTimes) / 1000, p95Ship / 1000, max(shipTimes) / 1000, shipTimes.size());
        System.out.printf("noisy's orders when the last ship was confirmed: %d of %d (its backlog was still draining)%n",
                noisyOrders, backlog + 10);
        boolean ok = p95Busy <= 3 * p95Alone && p95Ship <= 60_000 && shipTimes.size() == toShip.size();
        System.out.println(ok ? "RESULT: goals met" : "RESULT: a goal was missed");
        System.exit(ok ? 0 : 1);
    }

    /** Waits until the bridge's start-up calls (webhook subscriptions) to both accounts are over: 5 s of quiet. */
    static void settle() {
        log("waiting for the bridge's start-up calls to noisy and quiet to end");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int lastCount = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int count = 0;
            for (String id : List.of(NOISY_ID, QUIET_ID)) {
                count += send("GET", CONTROL + id + "/calls", null, null).split("\"method\"", -1).length - 1;
            }
            if (count != lastCount) {
                lastCount = count;
                stableSince = System.nanoTime();
            } else if (count > 0 && System.nanoTime() - stableSince > 5_000_000_000L) {
                log("   " + count + " start-up calls seen");
                return;
            }
            sleep(500);
        }
    }

    /** Creates {@code n} sales for the account, posts their webhooks at once, and times each until its order. */
    static List<Long> importTimes(String account, String simId, String secret, int n, Duration timeout) {
        List<String[]> sales = createSales(simId, n);
        Map<String, Long> posted = new ConcurrentHashMap<>();
        sales.parallelStream().forEach(s -> {
            posted.put(s[1], System.nanoTime());
            postWebhook(account, secret, s);
        });
        Map<String, Long> times = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (times.size() < n && System.nanoTime() < deadline) {
            long now = System.nanoTime();
            for (String number : ordersOf(account)) {
                Long start = posted.get(number);
                if (start != null && !times.containsKey(number)) {
                    times.put(number, (now - start) / 1_000_000);
                }
            }
            sleep(100);
        }
        if (times.size() < n) {
            throw new IllegalStateException(account + ": only " + times.size() + " of " + n + " orders in " + timeout);
        }
        return new ArrayList<>(times.values());
    }

    static List<String[]> createSales(String simId, int n) {
        List<String[]> sales = Collections.synchronizedList(new ArrayList<>());
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            String sale = send("POST", CONTROL + simId + "/sales", "{}", null);
            sales.add(new String[] {field(sale, "ID"), field(sale, "SaleOrderNumber")});
        });
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

    static final Pattern NUMBER = Pattern.compile("\"saleOrderNumber\":\"([^\"]+)\"");

    static List<String> ordersOf(String account) {
        String page = send("GET", BRIDGE + "/bridge/api/v1/orders?account=" + account + "&size=200", null, WAREHOUSE);
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(page);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    static long orderCount(String account) {
        String page = send("GET", BRIDGE + "/bridge/api/v1/orders?account=" + account + "&size=1", null, WAREHOUSE);
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static long awaitOrder(String account, String number, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String page = send("GET", BRIDGE + "/bridge/api/v1/orders?account=" + account + "&saleOrderNumber=" + number,
                    null, WAREHOUSE);
            Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(page);
            if (page.contains(number) && m.find()) {
                return Long.parseLong(m.group(1));
            }
            sleep(200);
        }
        throw new IllegalStateException("no order for " + number);
    }

    /** DEAR's answer to the ship write is recorded: the fulfilment's ship status is no longer empty or planned. */
    static void awaitShipped(long orderId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Pattern ship = Pattern.compile("\"ship\":\"([A-Z ]+)\"");
        while (System.nanoTime() < deadline) {
            String order = send("GET", BRIDGE + "/bridge/api/v1/orders/" + orderId, null, WAREHOUSE);
            Matcher m = ship.matcher(order);
            if (m.find() && m.group(1).equals("AUTHORISED")) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("order " + orderId + " not shipped in DEAR within " + timeout);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String send(String method, String url, String body, String auth) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
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

    static double p95(List<Long> ms) { return percentile(ms, 0.95); }
    static double p50(List<Long> ms) { return percentile(ms, 0.50); }
    static double max(List<Long> ms) { return percentile(ms, 1.0); }

    static double percentile(List<Long> ms, double p) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
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
