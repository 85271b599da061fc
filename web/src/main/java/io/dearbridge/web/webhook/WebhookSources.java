package io.dearbridge.web.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured {@link SourceAllowlist}, read once: {@code dearbridge.webhooks.allowed-sources} (plus DEAR's published
 * addresses when {@code .allow-dear-addresses} is true) and {@code .trusted-proxies}.
 */
@ApplicationScoped
public class WebhookSources {

    @Inject
    @ConfigProperty(name = "dearbridge.webhooks.allowed-sources")
    Optional<String> allowedSources;

    @Inject
    @ConfigProperty(name = "dearbridge.webhooks.trusted-proxies")
    Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "dearbridge.webhooks.allow-dear-addresses", defaultValue = "false")
    boolean allowDearAddresses;

    private SourceAllowlist allowlist;

    @PostConstruct
    void read() {
        allowlist = new SourceAllowlist(allowed(allowedSources.orElse(""), allowDearAddresses),
                trustedProxies.orElse(""));
    }

    static String allowed(String configured, boolean withDearAddresses) {
        if (!withDearAddresses) {
            return configured;
        }
        String dear = String.join(",", DearAddresses.PUBLISHED);
        return configured.isBlank() ? dear : configured + "," + dear;
    }

    boolean allows(String peer, List<String> forwardedForLines) {
        return allowlist.allows(peer, forwardedForLines);
    }
}
