package io.dearbridge.admin.dashboard;

import io.dearbridge.admin.Messages;
import io.dearbridge.console.ConsoleDashboard;
import io.dearbridge.console.DashboardCounts;
import io.dearbridge.console.HourlySyncs;
import io.dearbridge.webhook.Subscription;
import io.dearbridge.webhook.SubscriptionReport;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The start page: counts, the last day's syncs per hour, and per account its webhooks and reconciliation. */
@Named("dashboard")
@ViewScoped
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleDashboard service;

    private DashboardCounts counts;
    private HourlySyncs hours;
    private long peak;
    private final Map<String, List<Subscription>> subscriptions = new HashMap<>();
    private final Map<String, List<SubscriptionReport>> healed = new HashMap<>();
    private final Map<String, String> reconciled = new HashMap<>();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        counts = service.counts();
        hours = service.lastDay(Instant.now());
        peak = Math.max(1, hours.hours().stream().mapToLong(h -> h.succeeded() + h.failed()).max().orElse(1));
    }

    /** Bar height in percent of the busiest hour. */
    public long percent(long value) {
        return Math.round(100.0 * value / peak);
    }

    public void check(String account) {
        try {
            subscriptions.put(account, service.subscriptions(account));
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            Messages.error("Could not read " + account + "'s webhooks from DEAR: " + cause.getMessage());
        }
    }

    public void heal(String account) {
        Messages.run(() -> healed.put(account, service.heal(account)), "Webhooks of " + account + " checked and healed.");
        check(account);
    }

    public void reconcile(String account) {
        Messages.run(() -> reconciled.put(account, service.reconcile(account)),
                "Reconciliation of " + account + " ran.");
    }

    /** The account's reconciliation watermark, or null before its first complete pass. */
    public Instant watermarkOf(String account) {
        return service.watermark(account).orElse(null);
    }

    /** Why the account gets no webhooks, or null. */
    public String webhookProblemOf(String account) {
        return service.webhookProblem(account).orElse(null);
    }

    public String reconciledOf(String account) {
        return reconciled.get(account);
    }

    public List<String> getAccounts() {
        return service.accountCodes();
    }

    /** The rate governor's use on this node, or null before the account's first DEAR call. */
    public io.dearbridge.dear.rate.AccountGate.Usage governorOf(String account) {
        return service.governor(account).orElse(null);
    }

    public List<Subscription> subscriptionsOf(String account) {
        return subscriptions.get(account);
    }

    public List<SubscriptionReport> healedOf(String account) {
        return healed.get(account);
    }

    public DashboardCounts getCounts() { return counts; }
    public HourlySyncs getHours() { return hours; }
    public long getPeak() { return peak; }
}
