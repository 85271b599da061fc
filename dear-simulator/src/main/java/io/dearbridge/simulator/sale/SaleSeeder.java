package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.time.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Sales that were in DEAR before anyone subscribed to its webhooks (the control API's {@code POST .../seed}): many at
 * once, last changed {@code age} ago, one millisecond apart, and announced to nobody. A client meets them only through
 * {@code saleList}, which is what reconciliation needs to be tested against: 1,000 sales in DEAR cost one control
 * call, not 1,000 calls and 1,000 webhooks.
 */
public final class SaleSeeder {

    public static final int MAX = 10_000;

    private final SimClock clock;
    private final Random random;

    public SaleSeeder(SimClock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public List<Sale> seed(String accountId, SaleStore store, int count, Duration age, boolean authorise) {
        if (count < 1 || count > MAX) {
            throw DearException.badRequest("count must be between 1 and " + MAX + ".");
        }
        // Two milliseconds per sale (created, then authorised); all of them must lie in the past.
        if (age.isNegative() || age.toMillis() <= 2L * count) {
            throw DearException.badRequest("age must be longer than 2 ms per sale.");
        }
        Instant start = clock.now().minus(age);
        List<Sale> sales = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant at = start.plusMillis(2L * i);
            SimClock then = () -> at;
            SaleFactory factory = new SaleFactory(then, new SaleLifecycle(then, SaleEvents.NONE), random);
            sales.add(factory.create(accountId, store, Map.of("authorise", authorise)));
        }
        return sales;
    }
}
