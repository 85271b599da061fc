package io.dearbridge.web.webhook;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.metrics.BridgeMetrics;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts every answer of the webhook endpoint, exception mappers' included: accepted, duplicate or ignored, or
 * refused with a reason named after the status. Accounts that are not configured count as {@code unknown}, so
 * a caller cannot grow the metric's tags.
 */
@Provider
public class WebhookMetricsFilter implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Inject
    BridgeMetrics metrics;

    @Inject
    AccountRegistry accounts;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (resource == null || resource.getResourceClass() != DearWebhookResource.class) {
            return;
        }
        String code = request.getUriInfo().getPathParameters().getFirst("account");
        String account = accounts.find(code).isPresent() ? code : "unknown";
        int status = response.getStatus();
        if (status == 200 && response.getEntity() instanceof JsonObject answer) {
            metrics.webhook(account, answer.getString("status", "accepted"), "");
        } else {
            metrics.webhook(account, "refused", reason(status));
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "malformed";
            case 401 -> "credentials";
            case 403 -> "source-address";
            case 404 -> "unknown-account-or-type";
            case 413 -> "too-large";
            case 415 -> "not-json";
            case 503 -> "not-stored";
            default -> "status-" + status;
        };
    }
}
