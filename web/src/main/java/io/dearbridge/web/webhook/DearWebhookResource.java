package io.dearbridge.web.webhook;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.account.WebhookAuthenticator;
import io.dearbridge.domain.inbox.DocumentRef;
import io.dearbridge.domain.inbox.EventKey;
import io.dearbridge.webhook.EventDefinition;
import io.dearbridge.webhook.EventTypes;
import io.dearbridge.inbox.IncomingEvent;
import io.dearbridge.inbox.InboxGroupCommit;
import io.dearbridge.inbox.InboxHandlers;
import io.dearbridge.inbox.InboxWriteException;
import io.dearbridge.inbox.Receipt;
import io.dearbridge.web.problem.Problem;
import io.dearbridge.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * DEAR's webhook receiver, one URL per event type because DEAR's body does not name its type. The answer
 * is given only once the raw event is committed to the inbox; processing happens elsewhere, later. Checks
 * run cheapest and most telling first: source address (when an allowlist is set), account, credentials, size,
 * body. The body decides, not its Content-Type: DEAR documents none, and six refused deliveries switch the
 * subscription off (docs/dear-api.md §2.5), so any JSON body is taken whatever the header says, or without one.
 */
@Path("dear/{account}/webhooks/{category}/{event}")
@ApplicationScoped
@Tag(name = "DEAR webhooks")
public class DearWebhookResource {

    static final int MAX_BODY = 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(DearWebhookResource.class.getName());
    /** The answer is a two-field object; JSON-P writes it without a binding layer, and one factory finds its provider once. */
    private static final JsonBuilderFactory ANSWERS = Json.createBuilderFactory(Map.of());
    private static final Pattern TYPE_PART = Pattern.compile("[A-Za-z]{1,64}");

    @Inject
    AccountRegistry accounts;

    @Inject
    WebhookAuthenticator authenticator;

    @Inject
    WebhookSources sources;

    @Inject
    InboxGroupCommit inbox;

    @Inject
    InboxHandlers handlers;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a DEAR webhook",
            description = "Authenticated with Authorization: Bearer <the account's webhook secret>. Answers 200 once stored.")
    @APIResponse(responseCode = "200", description = "Stored (or recognised as a duplicate, or stored as ignored)")
    @APIResponse(responseCode = "400", description = "Empty or not JSON at all, whatever its Content-Type (a JSON body"
            + " without the identifiers of its type is stored and answered 200, then marked FAILED as unparsed)")
    @APIResponse(responseCode = "401", description = "Missing or wrong credentials, or an unknown account (answered alike)")
    @APIResponse(responseCode = "403", description = "Not from an allowed source address (when an allowlist is set)")
    @APIResponse(responseCode = "413", description = "Body larger than 1 MiB")
    @APIResponse(responseCode = "503", description = "Not stored (database unavailable or shutting down); DEAR retries")
    public Response receive(@PathParam("account") String accountCode, @PathParam("category") String category,
                            @PathParam("event") String event,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                            @Context HttpServletRequest request,
                            @Context SecurityContext security, InputStream body) {
        // Every X-Forwarded-For line, in order: a proxy appends its own line and keeps the client's (forgeable) one.
        if (!sources.allows(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")))) {
            throw new ProblemException(Response.Status.FORBIDDEN, "Webhooks are accepted only from DEAR's addresses.");
        }
        // An unknown account is answered exactly as wrong credentials, so account codes cannot be enumerated.
        DearAccount account = accounts.find(accountCode)
                .filter(known -> authenticator.accepts(known, authorization, security.getUserPrincipal()))
                .orElse(null);
        if (account == null) {
            throw new ProblemException(Problem.of(401, "Unauthorized", "Missing or wrong webhook credentials."))
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (contentLength != null && contentLength > MAX_BODY) {
            throw tooLarge();
        }
        WebhookPayload payload = WebhookPayload.parse(readAtMost(body));
        String type = eventType(category, event);
        boolean handled = handlers.handles(type);
        Optional<EventDefinition> definition = EventTypes.definition(type);
        DocumentRef document = definition.map(payload::document).orElse(DocumentRef.NONE);
        if (handled && !document.identified()) {
            // Not refused: six refusals and DEAR switches the whole subscription off (docs/dear-api.md §2.5). Stored
            // like any event and FAILED by the processor ("unparsed webhook body"), where operators see it.
            LOG.warning(() -> "Webhook " + type + " for " + account.code() + " carries no "
                    + definition.map(EventDefinition::identifierFields).orElse("identifier")
                    + " GUID; stored, to be marked FAILED as unparsed");
        }
        EventKey key = new EventKey(account.code(), type, document);
        Receipt receipt = store(new IncomingEvent(key, payload.compact(), handled));
        LOG.fine(() -> "Webhook " + type + " for " + account.code() + ": " + receipt);
        return Response.ok(ANSWERS.createObjectBuilder()
                .add("status", receipt.outcome().name().toLowerCase(Locale.ROOT))
                .add("eventId", receipt.eventId())
                .build()).build();
    }

    /** Not stored means not acknowledged: DEAR retries a failed delivery, and the retry is merged if this one lands. */
    private Receipt store(IncomingEvent incoming) {
        try {
            return inbox.store(incoming);
        } catch (InboxWriteException e) {
            LOG.warning(() -> "Webhook " + incoming.key().eventType() + " for " + incoming.key().accountCode()
                    + " answered 503, not stored: " + e.getMessage());
            throw new ProblemException(Problem.of(503, "Service Unavailable",
                    "The webhook could not be stored just now; it was not accepted. Please retry."))
                    .withHeader("Retry-After", "5");
        }
    }

    private static String eventType(String category, String event) {
        if (!TYPE_PART.matcher(category).matches() || !TYPE_PART.matcher(event).matches()) {
            throw new ProblemException(Response.Status.NOT_FOUND, "No such webhook type: " + category + "/" + event);
        }
        return category + "/" + event;
    }

    private static byte[] readAtMost(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw WebhookPayload.badRequest("The body could not be read.");
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(Problem.of(413, "Content Too Large", "Webhook bodies may be at most 1 MiB."));
    }
}
