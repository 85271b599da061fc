package io.dearbridge.simulator.app;

import io.dearbridge.simulator.account.AccountSettings;
import io.dearbridge.simulator.account.SimAccount;
import io.dearbridge.simulator.api.DearEndpoints;
import io.dearbridge.simulator.api.DearRouter;
import io.dearbridge.simulator.control.DearUserActions;
import io.dearbridge.simulator.creditnote.CreditNoteService;
import io.dearbridge.simulator.fulfilment.FulfilmentService;
import io.dearbridge.simulator.api.PurchaseEndpoints;
import io.dearbridge.simulator.purchase.PurchaseFactory;
import io.dearbridge.simulator.purchase.PurchaseService;
import io.dearbridge.simulator.purchase.PurchaseUserActions;
import io.dearbridge.simulator.sale.SaleFactory;
import io.dearbridge.simulator.sale.SaleLifecycle;
import io.dearbridge.simulator.sale.SaleSeeder;
import io.dearbridge.simulator.time.SimClock;
import io.dearbridge.simulator.time.Sleeper;
import io.dearbridge.simulator.time.TaskScheduler;
import io.dearbridge.simulator.webhook.WebhookDispatcher;
import io.dearbridge.simulator.webhook.WebhookSender;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole simulator as plain objects: accounts and their spaces, the DEAR router, the webhook dispatcher and the
 * DEAR-user actions. The CDI bean builds one with real time and HTTP; tests build one with fakes.
 */
public final class Simulator {

    private final List<SimAccount> configured;
    private final double defaultTimeFactor;
    private final Map<String, AccountSpace> spaces = new ConcurrentHashMap<>();
    private final WebhookDispatcher dispatcher;
    private final SaleLifecycle lifecycle;
    private final SaleFactory factory;
    private final SaleSeeder seeder;
    private final DearRouter router;
    private final DearUserActions actions;
    private final PurchaseService purchases;
    private final PurchaseFactory purchaseFactory;
    private final PurchaseUserActions purchaseActions;

    public Simulator(List<SimAccount> configured, double defaultTimeFactor, SimClock clock, TaskScheduler scheduler,
                     WebhookSender sender, Random random, Sleeper sleeper) {
        this.configured = List.copyOf(configured);
        this.defaultTimeFactor = defaultTimeFactor;
        this.dispatcher = new WebhookDispatcher(spaces::get, scheduler, sender, clock, random::nextDouble);
        this.lifecycle = new SaleLifecycle(clock, dispatcher, () -> java.util.UUID.randomUUID().toString(),
                id -> {
                    AccountSpace space = spaces.get(id);
                    return space == null ? null : space.stockroom();
                });
        this.factory = new SaleFactory(clock, lifecycle, random);
        this.seeder = new SaleSeeder(clock, random);
        FulfilmentService fulfilments = new FulfilmentService(lifecycle);
        CreditNoteService creditNotes = new CreditNoteService(lifecycle);
        this.purchases = new PurchaseService(clock, e -> dispatcher.dispatch(e.accountId(), e.type(),
                e.orderNumber(), e.payload()), () -> java.util.UUID.randomUUID().toString());
        this.purchaseFactory = new PurchaseFactory(purchases, random);
        this.purchaseActions = new PurchaseUserActions(purchases);
        var routes = DearEndpoints.routes(lifecycle, fulfilments, creditNotes);
        PurchaseEndpoints.add(routes, purchases);
        this.router = new DearRouter(spaces::get, routes, clock, random::nextDouble, sleeper);
        this.actions = new DearUserActions(lifecycle, fulfilments, creditNotes, clock);
        reset();
    }

    /** Back to start-up: the configured accounts with default settings, no sales, no webhooks, empty logs. */
    public synchronized void reset() {
        spaces.clear();
        dispatcher.clearHeld();
        for (SimAccount a : configured) {
            SimAccount fresh = new SimAccount(a.name(), a.accountId(), a.applicationKey());
            a.applicationKeys().forEach(fresh::addKey);
            add(fresh);
        }
    }

    public synchronized AccountSpace add(SimAccount account) {
        AccountSpace space = new AccountSpace(account, AccountSettings.defaults(defaultTimeFactor));
        spaces.put(account.accountId(), space);
        return space;
    }

    public AccountSpace space(String accountId) {
        return accountId == null ? null : spaces.get(accountId.trim().toLowerCase());
    }

    public Collection<AccountSpace> spaces() {
        return spaces.values();
    }

    public List<SimAccount> configured() {
        return configured;
    }

    public DearRouter router() {
        return router;
    }

    public SaleFactory factory() {
        return factory;
    }

    public SaleSeeder seeder() {
        return seeder;
    }

    public SaleLifecycle lifecycle() {
        return lifecycle;
    }

    public PurchaseService purchases() {
        return purchases;
    }

    public PurchaseFactory purchaseFactory() {
        return purchaseFactory;
    }

    public PurchaseUserActions purchaseActions() {
        return purchaseActions;
    }

    public DearUserActions actions() {
        return actions;
    }

    public WebhookDispatcher dispatcher() {
        return dispatcher;
    }
}
