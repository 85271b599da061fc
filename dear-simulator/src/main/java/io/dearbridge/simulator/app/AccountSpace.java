package io.dearbridge.simulator.app;

import io.dearbridge.simulator.account.AccountSettings;
import io.dearbridge.simulator.account.SimAccount;
import io.dearbridge.simulator.calls.CallLog;
import io.dearbridge.simulator.purchase.PurchaseStore;
import io.dearbridge.simulator.sale.SaleStore;
import io.dearbridge.simulator.stock.Stockroom;
import io.dearbridge.simulator.throttle.BurstGuard;
import io.dearbridge.simulator.throttle.FaultQueue;
import io.dearbridge.simulator.throttle.RateLimiter;
import io.dearbridge.simulator.webhook.DeliveryLog;
import io.dearbridge.simulator.webhook.WebhookRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Everything that belongs to one simulated DEAR account. Accounts share nothing, as in DEAR. */
public final class AccountSpace {

    private final SimAccount account;
    private final AtomicReference<AccountSettings> settings;
    private final SaleStore sales = new SaleStore();
    private final PurchaseStore purchases = new PurchaseStore();
    private final WebhookRegistry webhooks = new WebhookRegistry();
    private final CallLog calls = new CallLog();
    private final DeliveryLog deliveries = new DeliveryLog();
    private final RateLimiter rateLimiter = new RateLimiter();
    private final BurstGuard burst = new BurstGuard();
    private final FaultQueue faults = new FaultQueue();
    private final Stockroom stockroom = new Stockroom();

    public AccountSpace(SimAccount account, AccountSettings settings) {
        this.account = account;
        this.settings = new AtomicReference<>(settings);
        sales.autoInvoice(settings.autoInvoice());
    }

    public SimAccount account() { return account; }
    public AccountSettings settings() { return settings.get(); }
    public SaleStore sales() { return sales; }
    public PurchaseStore purchases() { return purchases; }
    public WebhookRegistry webhooks() { return webhooks; }
    public CallLog calls() { return calls; }
    public DeliveryLog deliveries() { return deliveries; }
    public RateLimiter rateLimiter() { return rateLimiter; }
    public BurstGuard burst() { return burst; }
    public FaultQueue faults() { return faults; }
    public Stockroom stockroom() { return stockroom; }

    public AccountSettings updateSettings(Map<String, Object> patch) {
        AccountSettings now = settings.updateAndGet(s -> s.merge(patch));
        sales.autoInvoice(now.autoInvoice());
        return now;
    }
}
