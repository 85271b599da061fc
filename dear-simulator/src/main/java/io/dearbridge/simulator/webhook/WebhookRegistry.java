package io.dearbridge.simulator.webhook;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One account's webhooks (docs/dear-api.md §2.1-2.2): at most 5 per {@code Type}; PUT is a full replace, so any field
 * the PUT leaves out — the bearer token included — is stored empty (and {@code IsActive} false).
 */
public final class WebhookRegistry {

    static final int MAX_PER_TYPE = 5;
    private static final Set<String> AUTH_TYPES = Set.of("noauth", "basicauth", "bearerauth");

    /**
     * What DEAR answers when the account's plan lacks the Automation module, which webhooks need (docs/dear-api.md
     * §2.1). The status and text are the simulator's choice; DEAR's real answer is unconfirmed.
     */
    public static final String AUTOMATION_REFUSED = "Webhooks are not available: the Automation module is not part"
            + " of this account's subscription.";

    private final Map<String, WebhookSubscription> byId = new LinkedHashMap<>();

    /** The Automation module: off, the webhook endpoints refuse (403) and nothing is delivered; subscriptions stay. */
    private volatile boolean automation = true;

    public boolean automation() {
        return automation;
    }

    public void automation(boolean enabled) {
        automation = enabled;
    }

    /** Called by the webhook endpoints: DEAR's answer to an account without the Automation module. */
    public void requireAutomation() {
        if (!automation) {
            throw new DearException(403, AUTOMATION_REFUSED);
        }
    }

    public synchronized List<WebhookSubscription> all() {
        return new ArrayList<>(byId.values());
    }

    public synchronized WebhookSubscription create(Map<String, Object> body) {
        if (Json.string(body, "ID") != null && byId.containsKey(Json.string(body, "ID").toLowerCase())) {
            throw DearException.badRequest("Webhook with this ID already exists; use PUT to change it.");
        }
        WebhookSubscription sub = parse(UUID.randomUUID().toString(), body, true);
        checkLimit(sub.type(), null);
        byId.put(sub.id(), sub);
        return sub;
    }

    public synchronized WebhookSubscription replace(Map<String, Object> body) {
        String id = Json.string(body, "ID");
        if (id == null || id.isBlank()) {
            throw DearException.badRequest("ID is required.");
        }
        WebhookSubscription existing = byId.get(id.trim().toLowerCase());
        if (existing == null) {
            throw DearException.badRequest("Webhook with ID " + id + " not found.");
        }
        WebhookSubscription sub = parse(existing.id(), body, false);
        checkLimit(sub.type(), existing.id());
        byId.put(sub.id(), sub);
        return sub;
    }

    public synchronized void delete(String id) {
        if (id == null || byId.remove(id.trim().toLowerCase()) == null) {
            throw DearException.badRequest("Webhook with ID " + id + " not found.");
        }
    }

    public synchronized Optional<WebhookSubscription> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public synchronized List<WebhookSubscription> activeOfType(String type) {
        if (!automation) {
            return List.of();
        }
        return byId.values().stream().filter(s -> s.active() && s.type().equals(type)).toList();
    }

    /** DEAR's own action after six failed deliveries (docs/dear-api.md §2.5). */
    public synchronized void deactivate(String id) {
        WebhookSubscription sub = byId.get(id);
        if (sub != null) {
            byId.put(id, sub.deactivated());
        }
    }

    private void checkLimit(String type, String ignoringId) {
        long sameType = byId.values().stream()
                .filter(s -> s.type().equals(type) && !s.id().equals(ignoringId)).count();
        if (sameType >= MAX_PER_TYPE) {
            throw DearException.badRequest("You cannot have more than " + MAX_PER_TYPE + " webhooks of type "
                    + type + ".");
        }
    }

    /** {@code activeIfAbsent}: a new webhook is live unless staged with false; a PUT replaces, so absent = false. */
    private static WebhookSubscription parse(String id, Map<String, Object> body, boolean activeIfAbsent) {
        String type = WebhookTypes.canonical(Json.string(body, "Type"));
        if (type == null) {
            throw DearException.badRequest("Type is missing or not a known webhook type: " + Json.string(body, "Type"));
        }
        String url = Json.string(body, "ExternalURL");
        if (url == null || url.isBlank()) {
            throw DearException.badRequest("ExternalURL is required.");
        }
        String auth = Json.string(body, "ExternalAuthorizationType");
        auth = auth == null || auth.isBlank() ? "noauth" : auth.trim().toLowerCase();
        if (!AUTH_TYPES.contains(auth)) {
            throw DearException.badRequest("ExternalAuthorizationType must be noauth, basicauth or bearerauth.");
        }
        List<WebhookSubscription.Header> headers = new ArrayList<>();
        for (Map<String, Object> h : Json.objects(body, "ExternalHeaders")) {
            headers.add(new WebhookSubscription.Header(Json.string(h, "Key"), Json.string(h, "Value")));
        }
        Boolean active = Json.bool(body, "IsActive");
        return new WebhookSubscription(id.toLowerCase(), type, WebhookTypes.name(type), active != null ? active : activeIfAbsent,
                url.trim(), auth, empty(Json.string(body, "ExternalUserName")),
                empty(Json.string(body, "ExternalPassword")), empty(Json.string(body, "ExternalBearerToken")),
                headers);
    }

    private static String empty(String s) {
        return s == null ? "" : s;
    }
}
