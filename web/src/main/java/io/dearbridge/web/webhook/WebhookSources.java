package io.dearbridge.web.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured {@link SourceAllowlist}, read once: {@code dearbridge.webhooks.allowed-sources}, {@code .trusted-proxies}. */
@ApplicationScoped
public class WebhookSources {

    @Inject
    @ConfigProperty(name = "dearbridge.webhooks.allowed-sources")
    Optional<String> allowedSources;

    @Inject
    @ConfigProperty(name = "dearbridge.webhooks.trusted-proxies")
    Optional<String> trustedProxies;

    private SourceAllowlist allowlist;

    @PostConstruct
    void read() {
        allowlist = new SourceAllowlist(allowedSources.orElse(""), trustedProxies.orElse(""));
    }

    boolean allows(String peer, String forwardedFor) {
        return allowlist.allows(peer, forwardedFor);
    }
}
