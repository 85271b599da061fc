package io.dearbridge.dear;

import io.dearbridge.account.DearAccount;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * One REST client per account, built on first use and kept: each account has its own base URL (accounts
 * may live on different DEAR hosts) and its own credentials, which {@code @RegisterRestClient} with a
 * single config key cannot express.
 */
@ApplicationScoped
class DearClients {

    private static final Logger LOG = Logger.getLogger(DearClients.class.getName());

    private final ConcurrentMap<String, Entry> clients = new ConcurrentHashMap<>();

    DearApi api(DearAccount account, ClientSettings settings) {
        Entry entry = clients.compute(account.code(), (code, existing) -> {
            if (existing != null && existing.serves(account)) {
                return existing;
            }
            if (existing != null) {
                close(existing);
            }
            return new Entry(account, build(account, settings));
        });
        return entry.api;
    }

    private static DearApi build(DearAccount account, ClientSettings settings) {
        LOG.fine(() -> "Building the DEAR client for " + account);
        return RestClientBuilder.newBuilder()
                .baseUri(account.baseUrl())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(new DearAuthFilter(account))
                // Errors are read from the body by DearResponses, not thrown by the client.
                .property("microprofile.rest.client.disable.default.mapper", Boolean.TRUE)
                // RESTEasy's default engine holds one connection; the gate allows several calls in flight.
                .property("resteasy.connectionPoolSize", 16)
                .property("resteasy.maxPooledPerRoute", 16)
                .followRedirects(false)
                .build(DearApi.class);
    }

    @PreDestroy
    void close() {
        clients.values().forEach(DearClients::close);
        clients.clear();
    }

    private static void close(Entry entry) {
        try {
            ((AutoCloseable) entry.api).close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing a DEAR client failed", e);
        }
    }

    private record Entry(DearAccount account, DearApi api) {
        /** Same host and keys: Secret compares by identity, so the values are compared here. */
        boolean serves(DearAccount other) {
            return account.baseUrl().equals(other.baseUrl())
                    && account.accountId().reveal().equals(other.accountId().reveal())
                    && account.applicationKey().reveal().equals(other.applicationKey().reveal());
        }
    }
}
