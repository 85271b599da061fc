package io.dearbridge.webhook;

import io.dearbridge.sync.SyncFailureException;

import io.dearbridge.account.DearAccount;
import io.dearbridge.account.ReleasePolicies;
import io.dearbridge.account.Secret;
import io.dearbridge.cluster.JobLease;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure DEAR will deliver every event type the bridge handles to the bridge: creates missing
 * subscriptions and re-activates ones DEAR switched off after failed deliveries (docs/dear-api.md §2.5).
 * DEAR calls only, no transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionHealer {

    private static final Logger LOG = Logger.getLogger(SubscriptionHealer.class.getName());

    /** Outcomes that mean DEAR was not (or could not be made) sending this type to the bridge. */
    public static final Set<String> DEGRADED = Set.of("REACTIVATED", "LIMIT_REACHED", "FAILED", WebhookHealth.REFUSED);

    @Inject
    SubscriptionRegistry registry;

    @Inject
    WebhookHealth health;

    @Inject
    JobLease lease;

    @Inject
    ReleasePolicies releases;

    @Inject
    io.dearbridge.account.ReceivingAccounts receiving;

    @Inject
    @ConfigProperty(name = "dearbridge.webhooks.heal-lease", defaultValue = "PT10M")
    Duration leaseLength;

    @Inject
    @ConfigProperty(name = "dearbridge.public-base-url")
    Optional<String> publicBaseUrl;

    public boolean configured() {
        return publicBaseUrl.filter(url -> !url.isBlank()).isPresent();
    }

    /**
     * Heals unless another node is healing this account (or, with a {@code spacing}, healed it that recently): two
     * nodes healing at once would both create a missing subscription. Empty when it did not run here.
     */
    public Optional<List<SubscriptionReport>> healOnce(DearAccount account, Duration spacing) {
        return lease.runOnce("webhooks:" + account.code(), leaseLength, spacing, () -> heal(account));
    }

    /** On demand: heals now, waiting up to {@code patience} for a heal already running (on any node) to end. */
    public Optional<List<SubscriptionReport>> healNow(DearAccount account, Duration patience) {
        return lease.runOnce("webhooks:" + account.code(), leaseLength, Duration.ZERO, patience, () -> heal(account));
    }

    List<SubscriptionReport> heal(DearAccount account) {
        if (!configured()) {
            throw new IllegalStateException("dearbridge.public-base-url is not set, so DEAR cannot be told where to"
                    + " send webhooks");
        }
        List<String> types = EventTypes.subscribedBy(releases.onPayment(account.code()),
                receiving != null && receiving.receives(account.code()));
        List<SubscriptionReport> report = new ArrayList<>();
        try {
            List<SubscriptionPlan.Step> steps = SubscriptionPlan.plan(types, type -> urlFor(account, type),
                    registry.list(account));
            for (SubscriptionPlan.Step step : steps) {
                report.add(apply(account, step));
            }
        } catch (SyncFailureException e) {
            if (!refused(e)) {
                throw e;
            }
            // Without the Automation module DEAR refuses even the list: every type is unavailable, for one reason.
            String detail = detail(account, e);
            LOG.warning(() -> "DEAR refused the webhook subscriptions of " + account.code() + " (" + detail
                    + "); the Automation module may be missing from its plan. Reconciliation makes up for them.");
            for (String type : types) {
                report.add(new SubscriptionReport(type, urlFor(account, type), WebhookHealth.REFUSED, detail));
            }
        }
        health.record(account.code(), report, Instant.now());
        List<SubscriptionReport> degraded = report.stream().filter(r -> DEGRADED.contains(r.outcome())).toList();
        if (!degraded.isEmpty()) {
            // One line per heal, always this shape, for an operator's alert rule.
            LOG.warning(() -> "WEBHOOKS DEGRADED account=" + account.code() + " " + degraded.stream()
                    .map(r -> r.type() + "=" + r.outcome()).collect(Collectors.joining(" ")));
        }
        return report;
    }

    private SubscriptionReport apply(DearAccount account, SubscriptionPlan.Step step) {
        try {
            switch (step.action()) {
                case CREATE -> {
                    registry.create(account, step.type(), step.url());
                    LOG.info(() -> "Subscribed " + account.code() + " to " + step.type() + " at " + step.url());
                    return report(step, "CREATED", "");
                }
                case REACTIVATE -> {
                    registry.reactivate(account, step.existing());
                    LOG.warning(() -> "DEAR had switched off the " + step.type() + " webhook of " + account.code()
                            + "; re-activated it");
                    return report(step, "REACTIVATED", "DEAR had deactivated it");
                }
                case LIMIT_REACHED -> {
                    LOG.severe(() -> "Cannot subscribe " + account.code() + " to " + step.type() + ": DEAR already has "
                            + SubscriptionPlan.MAX_PER_TYPE + " webhooks of that type, none of them the bridge's");
                    return report(step, "LIMIT_REACHED", "DEAR allows " + SubscriptionPlan.MAX_PER_TYPE
                            + " webhooks per type and all are taken by other systems");
                }
                default -> {
                    return report(step, "OK", "");
                }
            }
        } catch (SyncFailureException e) {
            if (refused(e)) {
                return report(step, WebhookHealth.REFUSED, detail(account, e));
            }
            LOG.warning(() -> "Could not heal " + step.type() + " for " + account.code() + ": " + e.failure().describe());
            return report(step, "FAILED", e.failure().describe());
        }
    }

    /**
     * DEAR said no rather than failed: a 400, 401 or 403 to a subscription call. Webhooks need the Automation module,
     * and what DEAR answers without it is unconfirmed (docs/dear-api.md §2.1), so the status decides, not the text.
     */
    static boolean refused(SyncFailureException e) {
        Integer status = e.failure().httpStatus();
        return status != null && (status == 400 || status == 401 || status == 403);
    }

    /** DEAR's answer as operators see it; DEAR's text is not expected to echo a credential, but is never trusted to. */
    static String detail(DearAccount account, SyncFailureException e) {
        String text = "DEAR answered HTTP " + e.failure().httpStatus() + ": " + e.failure().message();
        for (Secret secret : List.of(account.accountId(), account.applicationKey(), account.webhookSecret())) {
            if (!secret.reveal().isBlank()) {
                text = text.replace(secret.reveal(), "****");
            }
        }
        return text;
    }

    private static SubscriptionReport report(SubscriptionPlan.Step step, String outcome, String detail) {
        return new SubscriptionReport(step.type(), step.url(), outcome, detail);
    }

    String urlFor(DearAccount account, String type) {
        String base = publicBaseUrl.orElseThrow().trim();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/api/dear/" + account.code() + "/webhooks/" + type;
    }
}
