import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 27, "a million orders": p95 over REQUESTS sequential requests of each API call and console page against a
 * running bridge whose database run.sh seeded (ORDERS orders across accounts bench001..bench100). One client, one
 * request at a time, so each figure is the server's time for that page alone. The console is driven as a browser
 * would: form login, a GET of each page, and the failed-sync list's sort as PrimeFaces' Ajax request per column.
 * Prints one line per case and exits 1 if any request failed (goals are reported, not enforced: run.sh's summary).
 * Plain JDK: java Scale.java. Environment: BRIDGE (http://127.0.0.1:8880), ORDERS, REQUESTS (200).
 */
public class Scale {

    static final String BRIDGE = System.getenv().getOrDefault("BRIDGE", "http://127.0.0.1:8880");
    static final long ORDERS = Long.parseLong(System.getenv().getOrDefault("ORDERS", "1000000"));
    static final int REQUESTS = Integer.parseInt(System.getenv().getOrDefault("REQUESTS", "200"));
    /** Requests per sort column of the failed-sync list (each is a page GET and the Ajax sort). */
    static final int SORT_REQUESTS = Integer.parseInt(System.getenv().getOrDefault("SORT_REQUESTS", String.valueOf(REQUESTS)));
    /** "sorts" measures only the failed-sync list's sort columns. */
    static final String ONLY = System.getenv().getOrDefault("ONLY", "");
    static final String WAREHOUSE = "Basic " + Base64.getEncoder().encodeToString("warehouse:demo".getBytes());
    static final Random RANDOM = new Random(27);
    static final HttpClient API = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final HttpClient CONSOLE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    static int failures;

    public static void main(String[] args) throws Exception {
        System.out.printf("%-48s %8s %8s %8s  (%d requests each, %d orders)%n", "case", "p50 ms", "p95 ms", "max ms",
                REQUESTS, ORDERS);
        Map<String, double[]> results = new LinkedHashMap<>() {
            @Override
            public double[] put(String name, double[] r) {
                System.out.printf("%-48s %8.1f %8.1f %8.1f%n", name, r[0], r[1], r[2]);
                return super.put(name, r);
            }
        };
        login();
        if (!ONLY.equals("sorts")) {
            // The floor on this machine: the same server's JAX-RS stack doing nothing (the simulator's no-op).
            results.put("no-op JAX-RS (the machine's floor)", time(() -> noop()));
            String accountOnly = "/bridge/api/v1/orders?account=";
            results.put("API list by account (page 1, total)", time(() -> api(accountOnly + account())));
            results.put("API list by status AWAITING_PICK", time(() -> api("/bridge/api/v1/orders?status=AWAITING_PICK")));
            results.put("API list by status SHIPPED", time(() -> api("/bridge/api/v1/orders?status=SHIPPED")));
            results.put("API list by account and status SHIPPED",
                    time(() -> api(accountOnly + account() + "&status=SHIPPED")));
            results.put("API order by id", time(() -> api("/bridge/api/v1/orders/" + (1 + (long) (RANDOM.nextDouble() * ORDERS)))));

            results.put("console orders page", time(() -> page("/bridge/admin/orders.xhtml")));
            results.put("console failed syncs (default filter)", time(() -> page("/bridge/admin/syncs.xhtml")));
            results.put("console dashboard", time(() -> page("/bridge/admin/index.xhtml")));
        }
        String syncs = get(CONSOLE, "/bridge/admin/syncs.xhtml", null).body();
        Matcher column = Pattern.compile("<th id=\"([^\"]+)\"[^>]*class=\"[^\"]*ui-sortable-column[^\"]*\"[^>]*aria-label=\"([^\"]*)\"")
                .matcher(syncs);
        Map<String, String> columns = new LinkedHashMap<>();
        while (column.find()) {
            columns.put(column.group(1), column.group(2));
        }
        if (columns.isEmpty()) {
            fail("no sortable column on the failed-sync page");
        }
        for (Map.Entry<String, String> c : columns.entrySet()) {
            results.put("console failed syncs sorted by " + c.getValue().replaceAll(":.*", "").trim(),
                    timeSort(c.getKey()));
        }
        if (failures > 0) {
            System.out.println("FAILED: " + failures + " requests failed");
            System.exit(1);
        }
    }

    static String account() {
        return "bench" + String.format("%03d", 1 + RANDOM.nextInt(100));
    }

    /** p50, p95 and max in ms over REQUESTS calls, after 5 warm-up calls. */
    static double[] time(Supplier<Boolean> call) {
        for (int i = 0; i < 5; i++) {
            if (!call.get()) {
                failures++;
            }
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            if (!call.get()) {
                failures++;
            }
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return new double[] {ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1)};
    }

    /** As {@link #time}, but only the Ajax sort request of each call (not the page GET that gives its view). */
    static double[] timeSort(String columnId) {
        SORT_NANOS.clear();
        for (int i = 0; i < 5 + SORT_REQUESTS; i++) {
            if (!sort(columnId)) {
                failures++;
            }
        }
        List<Double> ms = SORT_NANOS.subList(SORT_NANOS.size() - SORT_REQUESTS, SORT_NANOS.size()).stream()
                .map(n -> n / 1e6).sorted().toList();
        return new double[] {ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1)};
    }

    static boolean noop() {
        HttpResponse<String> response = send(API, HttpRequest.newBuilder(URI.create(BRIDGE + "/dear-simulator/control/noop"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        return response.statusCode() == 200;
    }

    static boolean api(String path) {
        HttpResponse<String> response = get(API, path, WAREHOUSE);
        boolean ok = response.statusCode() == 200 && response.body().startsWith("{");
        if (!ok) {
            report(path, response);
        }
        return ok;
    }

    static boolean page(String path) {
        HttpResponse<String> response = get(CONSOLE, path, null);
        boolean ok = response.statusCode() == 200 && !response.body().contains("j_security_check")
                && response.body().contains("</html>");
        if (!ok) {
            report(path, response);
        }
        return ok;
    }

    /** The failed-sync table's Ajax sort on one column, as PrimeFaces sends it, on a fresh view. */
    static boolean sort(String columnId) {
        String view = get(CONSOLE, "/bridge/admin/syncs.xhtml", null).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(view);
        if (!state.find()) {
            return false;
        }
        String table = columnId.substring(0, columnId.lastIndexOf(':'));
        String form = table.substring(0, table.indexOf(':'));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", table);
        fields.put("jakarta.faces.partial.execute", table);
        fields.put("jakarta.faces.partial.render", table);
        fields.put("jakarta.faces.behavior.event", "sort");
        fields.put("jakarta.faces.partial.event", "sort");
        fields.put(table + "_sorting", "true");
        fields.put(table + "_skipChildren", "true");
        fields.put(table + "_sortKey", columnId);
        fields.put(table + "_sortDir", "1");
        fields.put(table + "_encodeFeature", "true");
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", state.group(1));
        // PrimeFaces' CSP mode (docs/console.md) refuses a postback without the view's nonce, as the browser sends it.
        nonce(view).ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        long start = System.nanoTime();
        HttpResponse<String> response = send(CONSOLE, HttpRequest.newBuilder(URI.create(BRIDGE + "/bridge/admin/syncs.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        SORT_NANOS.add(System.nanoTime() - start);
        boolean ok = response.statusCode() == 200 && response.body().contains("<partial-response")
                && !response.body().contains("<error>");
        if (!ok) {
            report("sort " + columnId, response);
        }
        return ok;
    }

    static java.util.Optional<String> nonce(String view) {
        // The page carries it on its script tags (PrimeFaces adds the form field from script, which this client is not).
        for (String pattern : List.of("name=\"primefaces\\.nonce\"[^>]*value=\"([^\"]+)\"",
                "<script[^>]* nonce=\"([^\"]+)\"", "PrimeFaces\\.csp\\.init\\('([^']+)'")) {
            Matcher m = Pattern.compile(pattern).matcher(view);
            if (m.find()) {
                return java.util.Optional.of(m.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    static final List<Long> SORT_NANOS = new ArrayList<>();

    static void login() {
        get(CONSOLE, "/bridge/admin/index.xhtml", null);
        HttpResponse<String> response = send(CONSOLE, HttpRequest.newBuilder(URI.create(BRIDGE + "/bridge/admin/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=demo")).build());
        if (get(CONSOLE, "/bridge/admin/index.xhtml", null).body().contains("j_security_check")) {
            fail("console login as admin failed: " + response.statusCode());
        }
    }

    static HttpResponse<String> get(HttpClient client, String path, String auth) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BRIDGE + path)).timeout(Duration.ofSeconds(60));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return send(client, request.GET().build());
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }

    static void report(String what, HttpResponse<String> response) {
        if (failures < 5) {
            System.out.println("request failed: " + what + " -> " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())).replace('\n', ' '));
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void fail(String message) {
        System.out.println("FAILED: " + message);
        System.exit(1);
    }
}
