package io.dearbridge.simulator.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One registered webhook as stored, secrets included. */
public record WebhookSubscription(String id, String type, String name, boolean active, String url, String authType,
                                  String userName, String password, String bearerToken, List<Header> headers) {

    public record Header(String key, String value) {
    }

    public WebhookSubscription deactivated() {
        return new WebhookSubscription(id, type, name, false, url, authType, userName, password, bearerToken, headers);
    }

    /**
     * The shape GET returns: {@code ExternalBearerToken} masked as "" (docs/dear-api.md §2.2). The password is masked the
     * same way, since it is the same kind of secret (the fixture shows it empty too).
     */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ID", id);
        m.put("Type", type);
        m.put("Name", name);
        m.put("IsActive", active);
        m.put("ExternalURL", url);
        m.put("ExternalAuthorizationType", authType);
        m.put("ExternalUserName", userName == null ? "" : userName);
        m.put("ExternalPassword", "");
        m.put("ExternalBearerToken", "");
        List<Map<String, Object>> hs = new ArrayList<>();
        for (Header h : headers) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("Key", h.key());
            hm.put("Value", h.value());
            hs.add(hm);
        }
        m.put("ExternalHeaders", hs);
        return m;
    }
}
