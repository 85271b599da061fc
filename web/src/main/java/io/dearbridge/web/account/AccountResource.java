package io.dearbridge.web.account;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.CallerAccounts;
import io.dearbridge.account.DearAccount;
import io.dearbridge.reconcile.ReconcilePass;
import io.dearbridge.reconcile.ReconcileReport;
import io.dearbridge.webhook.SubscriptionHealer;
import io.dearbridge.webhook.SubscriptionReport;
import io.dearbridge.webhook.WebhookHealth;
import io.dearbridge.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = "basic")
public class AccountResource {

    /** How long an on-demand heal or pass waits for one already running (the timer's, or another node's). */
    private static final Duration ON_DEMAND_PATIENCE = Duration.ofSeconds(10);

    @Inject
    AccountRegistry registry;

    @Inject
    CallerAccounts callerAccounts;

    @Inject
    SubscriptionHealer healer;

    @Inject
    ReconcilePass reconcile;

    @Inject
    WebhookHealth webhookHealth;

    @GET
    @RolesAllowed({"admin", "viewer", "warehouse"})
    @Operation(summary = "The DEAR accounts this bridge serves; credentials are masked",
            description = "webhookProblem says why an account gets no webhooks, e.g. \"" + WebhookHealth.REFUSED_NOTE
                    + ": DEAR answered HTTP 403: ...\"; absent when none is known.")
    public List<AccountView> list() {
        return registry.all().stream().filter(account -> callerAccounts.sees(account.code()))
                .map(account -> AccountView.of(account, webhookHealth.refusal(account.code()).orElse(null))).toList();
    }

    @POST
    @Path("{code}/webhooks/heal")
    @RolesAllowed("admin")
    @Operation(summary = "Make sure DEAR sends this account's webhooks to the bridge",
            description = "Creates missing subscriptions and re-activates ones DEAR switched off; never touches"
                    + " other systems' webhooks. The same runs at start and every dearbridge.webhooks.heal-interval.")
    public List<SubscriptionReport> heal(@PathParam("code") String code) {
        DearAccount account = registry.find(code).filter(a -> callerAccounts.sees(a.code())).orElseThrow(() ->
                new ProblemException(Response.Status.NOT_FOUND, "No DEAR account '" + code + "' is configured."));
        if (!healer.configured()) {
            throw new ProblemException(Response.Status.CONFLICT,
                    "dearbridge.public-base-url is not set, so DEAR cannot be told where to send webhooks.");
        }
        return healer.healNow(account, ON_DEMAND_PATIENCE).orElseThrow(() -> new ProblemException(
                Response.Status.CONFLICT, "The webhooks of '" + code + "' are being healed (by this or another node)"
                + " for longer than " + ON_DEMAND_PATIENCE.toSeconds() + " s; try again shortly."));
    }

    @POST
    @Path("{code}/reconcile")
    @RolesAllowed("admin")
    @Operation(summary = "Run a reconciliation pass for this account now",
            description = "Lists the sales DEAR changed since the account's watermark (minus the overlap) and queues"
                    + " an inbox event for each that is new or changed. The same runs every dearbridge.reconcile.interval."
                    + " 409 while a pass for the account runs on any node.")
    public ReconcileReport reconcile(@PathParam("code") String code) {
        DearAccount account = registry.find(code).filter(a -> callerAccounts.sees(a.code())).orElseThrow(() ->
                new ProblemException(Response.Status.NOT_FOUND, "No DEAR account '" + code + "' is configured."));
        ReconcileReport report = reconcile.runNow(account, ON_DEMAND_PATIENCE);
        if (report.outcome().equals("BUSY")) {
            throw new ProblemException(Response.Status.CONFLICT, "A reconciliation pass for '" + code
                    + "' is already running (" + report.detail() + ").");
        }
        return report;
    }
}
