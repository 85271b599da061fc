package io.dearbridge.it.dear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.model.DearDates;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.TestAccounts;
import io.dearbridge.it.SimulatorAccount;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OverProtocol;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rate benchmark (docs/benchmarks.md), run only by {@code -Pbenchmark}: 600 sale reads queued at once
 * from 4 threads for one account, DEAR (the simulator) and the bridge both set to 600 calls per 60 s.
 * Achieved rate and throttled responses are taken from the simulator's call log, i.e. as DEAR saw them.
 */
@ExtendWith(ArquillianExtension.class)
class DearRateBenchmark {

    private static final int CALLS = 600;
    private static final int LIMIT = 600;
    private static final int WINDOW_SECONDS = 60;

    @Deployment
    @OverProtocol("Servlet 6.0")
    static EnterpriseArchive ear() {
        return Deployments.bridgeEarWith(DearRateBenchmark.class);
    }

    @Inject
    DearClient dear;

    @Inject
    AccountRegistry accounts;

    @Test
    void queue600ReadsAtTheLimit() throws Exception {
        int runs = Integer.getInteger("benchmark.runs", 3);
        List<Double> fractions = new ArrayList<>();
        List<Long> throttled = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (int run = 1; run <= runs; run++) {
            DearAccount account = TestAccounts.sandbox(accounts, "bench-" + run + "-" + System.nanoTime(), LIMIT,
                    WINDOW_SECONDS, 2);
            SimulatorAccount sim = TestAccounts.simulated(account);
            sim.settings("{\"rateLimit\":" + LIMIT + ",\"rateWindowSeconds\":" + WINDOW_SECONDS + "}");
            String saleId = sim.createSale("{}").getString("ID");
            sim.clearCalls();

            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> calls = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    calls.add(pool.submit(() -> dear.sale(account, saleId)));
                }
                for (Future<?> call : calls) {
                    call.get();
                }
            } finally {
                pool.shutdownNow();
            }
            double wallSeconds = (System.nanoTime() - started) / 1e9;

            List<JsonObject> log = sim.calls().getValuesAs(JsonObject.class);
            long refused = log.stream().filter(c -> c.getInt("status") == 503 || c.getInt("status") == 429).count();
            Instant first = DearDates.parse(log.get(0).getString("at"));
            Instant last = DearDates.parse(log.get(log.size() - 1).getString("at"));
            double spanSeconds = (last.toEpochMilli() - first.toEpochMilli()) / 1000.0;
            // n calls span n-1 intervals; the allowed rate is LIMIT per WINDOW_SECONDS.
            double fraction = ((log.size() - 1) / spanSeconds) / ((double) LIMIT / WINDOW_SECONDS);
            fractions.add(fraction);
            throttled.add(refused);
            report.append(String.format(Locale.ROOT, "run %d: calls=%d throttled=%d span=%.2fs wall=%.2fs "
                    + "rate=%.2f/min fraction=%.4f%n", run, log.size(), refused, spanSeconds, wallSeconds,
                    (log.size() - 1) / spanSeconds * 60, fraction));
        }
        Collections.sort(fractions);
        Collections.sort(throttled);
        report.append(String.format(Locale.ROOT, "median fraction=%.4f median throttled=%d%n",
                fractions.get(fractions.size() / 2), throttled.get(throttled.size() / 2)));
        String out = System.getProperty("benchmark.out");
        if (out != null) {
            Files.writeString(Path.of(out), report.toString(), StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
        System.out.println(report);
        assertEquals(0L, throttled.get(throttled.size() - 1), report.toString());
        assertTrue(fractions.get(fractions.size() / 2) >= 0.95, report.toString());
    }
}
