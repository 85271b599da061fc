package io.dearbridge.metrics;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.domain.inbox.InboxStatus;
import io.dearbridge.domain.outbox.OutboxStatus;
import io.dearbridge.health.InboxWriterProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backlog gauges per account: inbox events and outbox commands by open state, and the age of the oldest due
 * one; besides, the orders flagged stuck and the webhook subscriptions the last heal found degraded, by outcome. Refreshed by a timer every {@code dearbridge.metrics.refresh} (PT15S) with one grouped query each, so a
 * scrape never touches the database. Only open states are counted (on {@code ix_inbox_account_due}): the
 * finished rows are millions and change nothing anyone waits for.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class BacklogGauges {

    private static final Logger LOG = Logger.getLogger(BacklogGauges.class.getName());
    private static final EnumSet<InboxStatus> INBOX_OPEN =
            EnumSet.of(InboxStatus.RECEIVED, InboxStatus.PROCESSING, InboxStatus.RETRY, InboxStatus.FAILED);
    private static final EnumSet<InboxStatus> INBOX_DUE = EnumSet.of(InboxStatus.RECEIVED, InboxStatus.RETRY);
    private static final EnumSet<OutboxStatus> OUTBOX_OPEN = EnumSet.of(OutboxStatus.PENDING, OutboxStatus.SENDING,
            OutboxStatus.RETRY, OutboxStatus.FAILED, OutboxStatus.HELD);
    private static final EnumSet<OutboxStatus> OUTBOX_DUE = EnumSet.of(OutboxStatus.PENDING, OutboxStatus.RETRY);

    @Inject
    MeterRegistry registry;

    @Inject
    AccountRegistry accounts;

    @Inject
    InboxWriterProbe writer;

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "dearbridge.metrics.refresh", defaultValue = "PT15S")
    Duration refresh;

    private static final String DEGRADED = "dearbridge.webhook.subscriptions.degraded";
    /**
     * webhook.SubscriptionHealer.DEGRADED, written out: the webhook package calls DEAR, whose client reports here,
     * so importing it would make a package cycle (as health's readiness check, this reads the table).
     */
    static final List<String> DEGRADED_OUTCOMES = List.of("REACTIVATED", "LIMIT_REACHED", "FAILED", "REFUSED");

    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    @PostConstruct
    void register() {
        for (DearAccount account : accounts.all()) {
            String code = account.code();
            for (InboxStatus status : INBOX_OPEN) {
                gauge("dearbridge.inbox.events", "Inbox events in an open state", code, status.name());
            }
            for (OutboxStatus status : OUTBOX_OPEN) {
                gauge("dearbridge.outbox.commands", "Outbox commands in an open state", code, status.name());
            }
            gauge("dearbridge.inbox.oldest.due.seconds", "Age of the inbox event due longest", code, null);
            gauge("dearbridge.outbox.oldest.due.seconds", "Age of the outbox command due longest", code, null);
            gauge("dearbridge.orders.stuck", "Orders flagged stuck", code, null);
            // At 0 from the start, so increase() sees the first one (alerts.yml) and the name is always there.
            registry.counter("dearbridge.dear.calls.without.progress", Tags.of("account", code));
            for (String outcome : DEGRADED_OUTCOMES) {
                gauge(DEGRADED, "Webhook subscriptions the last heal found degraded", code, "outcome", outcome);
            }
        }
        // Read at each scrape, from memory: what readiness's inbox-writer check sees (alerts.yml: inbox writer stalled).
        registry.gauge("dearbridge.inbox.writer.waiting", Tags.empty(), writer, p -> p.waiting());
        registry.gauge("dearbridge.inbox.writer.since.progress.seconds", Tags.empty(), writer,
                p -> p.sinceProgress().toMillis() / 1000.0);
        long period = Math.max(1000, refresh.toMillis());
        timers.createIntervalTimer(1000, period, new TimerConfig("backlog-gauges", false));
    }

    private void gauge(String name, String description, String account, String status) {
        gauge(name, description, account, "status", status);
    }

    private void gauge(String name, String description, String account, String tag, String value) {
        AtomicLong holder = values.computeIfAbsent(key(name, account, value), k -> new AtomicLong());
        // The registry's own method, not Gauge.builder: see BridgeMetrics on WildFly's deployment registry.
        registry.gauge(name, value == null ? Tags.of("account", account) : Tags.of("account", account, tag, value),
                holder, AtomicLong::doubleValue);
    }

    @Timeout
    void refresh() {
        try {
            Instant now = Instant.now();
            Map<String, Instant> oldestInbox = new ConcurrentHashMap<>();
            Map<String, Instant> oldestOutbox = new ConcurrentHashMap<>();
            read("select e.accountCode, e.status, count(e), min(e.trail.nextAttemptAt) from InboxEvent e"
                    + " where e.status in :open group by e.accountCode, e.status", INBOX_OPEN, INBOX_DUE,
                    "dearbridge.inbox.events", oldestInbox);
            read("select c.accountCode, c.status, count(c), min(c.trail.nextAttemptAt) from OutboxCommand c"
                    + " where c.status in :open group by c.accountCode, c.status", OUTBOX_OPEN, OUTBOX_DUE,
                    "dearbridge.outbox.commands", oldestOutbox);
            for (DearAccount account : accounts.all()) {
                age("dearbridge.inbox.oldest.due.seconds", account.code(), oldestInbox.get(account.code()), now);
                age("dearbridge.outbox.oldest.due.seconds", account.code(), oldestOutbox.get(account.code()), now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Backlog gauges not refreshed", e);
        }
        try {
            refreshAttention();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Stuck-order and subscription gauges not refreshed", e);
        }
    }

    /** Stuck orders (on {@code ix_order_stuck}) and degraded subscriptions (a few rows per account). */
    private void refreshAttention() {
        for (DearAccount account : accounts.all()) {
            long stuck = em.createQuery("select count(o) from WarehouseOrder o where o.accountCode = :account"
                    + " and o.stuckSince is not null", Long.class).setParameter("account", account.code())
                    .getSingleResult();
            AtomicLong value = values.get(key("dearbridge.orders.stuck", account.code(), null));
            if (value != null) {
                value.set(stuck);
            }
        }
        values.forEach((key, value) -> {
            if (key.startsWith(DEGRADED + "|")) {
                value.set(0);
            }
        });
        List<?> rows = em.createNativeQuery("SELECT account_code, outcome, COUNT(*) FROM webhook_health"
                + " GROUP BY account_code, outcome").getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            AtomicLong value = values.get(key(DEGRADED, (String) cells[0], (String) cells[1]));
            if (value != null) {
                value.set(((Number) cells[2]).longValue());
            }
        }
    }

    private void read(String jpql, EnumSet<? extends Enum<?>> open, EnumSet<? extends Enum<?>> due, String name,
                      Map<String, Instant> oldestDue) {
        values.forEach((key, value) -> {
            if (key.startsWith(name + "|")) {
                value.set(0);
            }
        });
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("open", open).getResultList();
        for (Object[] row : rows) {
            String account = (String) row[0];
            Enum<?> status = (Enum<?>) row[1];
            AtomicLong value = values.get(key(name, account, status.name()));
            if (value != null) {
                value.set(((Number) row[2]).longValue());
            }
            Instant earliest = (Instant) row[3];
            if (due.contains(status) && earliest != null) {
                oldestDue.merge(account, earliest, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    private void age(String name, String account, Instant earliest, Instant now) {
        AtomicLong value = values.get(key(name, account, null));
        if (value != null) {
            value.set(earliest == null || earliest.isAfter(now) ? 0 : Duration.between(earliest, now).toSeconds());
        }
    }

    private static String key(String name, String account, String status) {
        return name + "|" + account + "|" + status;
    }
}
