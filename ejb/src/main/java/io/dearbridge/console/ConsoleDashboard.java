package io.dearbridge.console;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.AccountScope;
import io.dearbridge.account.CallerAccounts;
import io.dearbridge.account.DearAccount;
import io.dearbridge.account.Reconciliation;
import io.dearbridge.dear.rate.AccountGate;
import io.dearbridge.dear.rate.RateGovernor;
import io.dearbridge.domain.audit.OperatorAction;
import io.dearbridge.domain.inbox.InboxStatus;
import io.dearbridge.domain.outbox.OutboxStatus;
import io.dearbridge.domain.sync.SyncAttempt;
import io.dearbridge.schema.RowEstimates;
import io.dearbridge.webhook.Subscription;
import io.dearbridge.webhook.SubscriptionHealer;
import io.dearbridge.webhook.SubscriptionReport;
import io.dearbridge.webhook.SubscriptionRegistry;
import io.dearbridge.webhook.WebhookHealth;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dashboard: counts per state, attempts per hour over the last day, and per account the webhook
 * subscriptions (read from DEAR only when the operator asks, so the page costs no DEAR calls), 'heal now', and the
 * rate governor's use on this node, the reconciliation watermark and 'reconcile now'.
 */
@Stateless
@RolesAllowed({"admin", "viewer"})
public class ConsoleDashboard {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AccountRegistry accounts;

    @Inject
    SubscriptionRegistry subscriptions;

    @Inject
    SubscriptionHealer healer;

    @Inject
    CheckedSubscriptions checkedSubscriptions;

    @Inject
    RateGovernor governor;

    @Inject
    Reconciliation reconciliation;

    @Inject
    WebhookHealth webhookHealth;

    @Inject
    CallerAccounts callerAccounts;

    @Inject
    RowEstimates estimates;

    /**
     * Counts per state, over the operator's accounts only. For an operator of every account a state with 100,000 rows
     * or more is PostgreSQL's estimate (issue 27: millions of rows); the estimates cover every account, so an operator
     * of some accounts gets exact counts of theirs, grouped in the database.
     */
    public DashboardCounts counts() {
        AccountScope scope = callerAccounts.scope();
        if (!scope.all()) {
            return new DashboardCounts(
                    scoped("select e.status, count(e) from InboxEvent e where " + scope.jpql("e.accountCode")
                            + " group by e.status", scope),
                    scoped("select c.status, count(c) from OutboxCommand c where " + scope.jpql("c.accountCode")
                            + " group by c.status", scope));
        }
        Map<String, Long> inboxLarge = large("inbox_event", InboxStatus.values());
        Map<String, Long> outboxLarge = large("outbox_command", OutboxStatus.values());
        Map<String, Long> inbox = group("InboxEvent", InboxStatus.class, inboxLarge);
        Map<String, Long> outbox = group("OutboxCommand", OutboxStatus.class, outboxLarge);
        return new DashboardCounts(inbox, outbox, inboxLarge.keySet(), outboxLarge.keySet());
    }

    /** The states with 100,000 rows or more, with PostgreSQL's estimate of each (none on H2). */
    private Map<String, Long> large(String table, Enum<?>[] states) {
        Map<String, Long> large = new TreeMap<>();
        for (Enum<?> state : states) {
            estimates.large("SELECT 1 FROM " + table + " WHERE status = ?", List.of(state.name()))
                    .ifPresent(rows -> large.put(state.name(), rows));
        }
        return large;
    }

    /**
     * Exact counts of the other states: a range each of the index on (status, ...), read alone (count of the status,
     * not the id, so no row is fetched; "not in" would read every row). Then the estimated ones.
     */
    private <E extends Enum<E>> Map<String, Long> group(String entity, Class<E> type, Map<String, Long> large) {
        List<E> counted = Arrays.stream(type.getEnumConstants())
                .filter(state -> !large.containsKey(state.name())).toList();
        Map<String, Long> counts = new TreeMap<>(large);
        if (counted.isEmpty()) {
            return counts;
        }
        String jpql = "select x.status, count(x.status) from " + entity + " x where x.status in :counted"
                + " group by x.status";
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("counted", counted).getResultList()) {
            counts.put(String.valueOf(row[0]), (Long) row[1]);
        }
        return counts;
    }

    /** 24 hourly buckets ending with the current hour; an attempt counts as succeeded when its outcome was SUCCESS. */
    public HourlySyncs lastDay(Instant now) {
        Instant currentHour = now.truncatedTo(ChronoUnit.HOURS);
        Instant since = currentHour.minus(23, ChronoUnit.HOURS);
        TreeMap<Instant, long[]> buckets = new TreeMap<>();
        for (int i = 0; i < 24; i++) {
            buckets.put(since.plus(i, ChronoUnit.HOURS), new long[2]);
        }
        // Counted in the database: one row per outcome, one sum per hour (the hours' bounds are parameters, so
        // the buckets are UTC hours on any database and session zone); never every attempt of the day. An attempt
        // belongs to the account of its inbox event or outbox command.
        AccountScope scope = callerAccounts.scope();
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sums.append(", sum(case when a.finishedAt >= :h").append(i).append(" and a.finishedAt < :h").append(i + 1)
                    .append(" then 1 else 0 end)");
        }
        var query = scope.bind(em.createQuery("select a.outcome" + sums + " from SyncAttempt a"
                + " left join InboxEvent e on e.id = a.inboxEventId left join OutboxCommand c on c.id = a.outboxCommandId"
                + " where a.finishedAt >= :h0 and a.finishedAt < :h24 and "
                + scope.jpql("coalesce(e.accountCode, c.accountCode)") + " group by a.outcome", Object[].class));
        for (int i = 0; i <= 24; i++) {
            query.setParameter("h" + i, since.plus(i, ChronoUnit.HOURS));
        }
        for (Object[] row : query.getResultList()) {
            int side = SyncAttempt.SUCCESS.equals(row[0]) ? 0 : 1;
            for (int i = 0; i < 24; i++) {
                buckets.get(since.plus(i, ChronoUnit.HOURS))[side] += row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
            }
        }
        List<HourlySyncs.Hour> hours = new ArrayList<>();
        buckets.forEach((start, counts) -> hours.add(new HourlySyncs.Hour(start, counts[0], counts[1])));
        return new HourlySyncs(hours);
    }

    public List<String> accountCodes() {
        return accounts.all().stream().map(DearAccount::code).filter(callerAccounts::sees).sorted().toList();
    }

    /** The account's DEAR rate governor on this node: calls in flight and the wait a new call would have. */
    public Optional<AccountGate.Usage> governor(String accountCode) {
        return callerAccounts.sees(accountCode) ? governor.usage(accountCode) : Optional.empty();
    }

    /** Why the account gets no webhooks (DEAR refused its subscriptions at the last heal), with DEAR's answer. */
    public Optional<String> webhookProblem(String accountCode) {
        return callerAccounts.sees(accountCode) ? webhookHealth.refusal(accountCode) : Optional.empty();
    }

    /** How far reconciliation has seen DEAR's changes for the account; empty before its first complete pass. */
    public Optional<Instant> watermark(String accountCode) {
        return callerAccounts.sees(accountCode) ? reconciliation.watermark(accountCode) : Optional.empty();
    }

    /** A reconciliation pass now (as the timer runs it, under the account's lease), audited; what it did. */
    @RolesAllowed("admin")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String reconcile(String accountCode) {
        String report = reconciliation.runNow(account(accountCode), java.time.Duration.ofSeconds(10));
        context.getBusinessObject(ConsoleDashboard.class).record(accountCode, OperatorAction.Kind.RECONCILE, report);
        return report;
    }

    /**
     * DEAR's subscriptions of the account (one DEAR call, outside any transaction, at most once a minute per account:
     * {@link CheckedSubscriptions}). Admins only: the call spends the account's DEAR budget.
     */
    @RolesAllowed("admin")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Subscription> subscriptions(String accountCode) {
        DearAccount account = account(accountCode);
        return checkedSubscriptions.get(accountCode, () -> subscriptions.list(account));
    }

    /** Makes sure DEAR sends the account's webhooks to the bridge (as the timer does), audited. */
    @RolesAllowed("admin")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<SubscriptionReport> heal(String accountCode) {
        if (!healer.configured()) {
            throw new ConsoleActionRefused("dearbridge.public-base-url is not set, so DEAR cannot be told where to"
                    + " send webhooks.");
        }
        // Under the account's lease, as the timer and the API heal: two heals at once could subscribe a type twice.
        List<SubscriptionReport> reports = healer.healNow(account(accountCode), java.time.Duration.ofSeconds(10))
                .orElseThrow(() -> new ConsoleActionRefused("The webhooks of '" + accountCode + "' are being healed"
                        + " by this or another node; try again shortly."));
        checkedSubscriptions.forget(accountCode);
        audit(accountCode, reports);
        return reports;
    }

    private void audit(String accountCode, List<SubscriptionReport> reports) {
        String outcome = reports.stream().map(r -> r.type() + " " + r.outcome()).reduce((a, b) -> a + ", " + b)
                .orElse("nothing to do");
        context.getBusinessObject(ConsoleDashboard.class).record(accountCode, OperatorAction.Kind.HEAL, outcome);
    }

    /** Writes the audit row in a transaction of its own (heal and reconcile run outside one: they call DEAR). */
    @RolesAllowed("admin")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String accountCode, OperatorAction.Kind kind, String outcome) {
        em.persist(new OperatorAction(Instant.now(), context.getCallerPrincipal().getName(), kind,
                OperatorAction.Target.ACCOUNT, null, accountCode, null, null, outcome));
    }

    private DearAccount account(String code) {
        return accounts.find(code).filter(a -> callerAccounts.sees(a.code()))
                .orElseThrow(() -> new ConsoleActionRefused("No DEAR account '" + code + "'."));
    }

    private Map<String, Long> scoped(String jpql, AccountScope scope) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : scope.bind(em.createQuery(jpql, Object[].class)).getResultList()) {
            counts.put(String.valueOf(row[0]), (Long) row[1]);
        }
        return counts;
    }
}
