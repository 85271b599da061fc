package io.dearbridge.dear.rate;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.Config;

/**
 * One {@link AccountGate} per DEAR account, shared by every thread of this JVM. Across nodes each node
 * currently paces on its own; docs/dear-client.md describes the database lease that would share one budget.
 */
@ApplicationScoped
public class RateGovernor {

    @Inject
    Config config;

    private final ConcurrentMap<String, AccountGate> gates = new ConcurrentHashMap<>();

    /**
     * Turns every waiting caller away: the dispatchers call this as the application stops, so a graceful shutdown
     * does not wait out handlers sleeping here for DEAR's rate window. Later gates start closed too.
     */
    @PreDestroy
    public void closeAll() {
        closing = true;
        gates.values().forEach(AccountGate::close);
    }

    private volatile boolean closing;

    /** The account's gate usage on this node, without creating a gate for an account that never called. */
    public java.util.Optional<AccountGate.Usage> usage(String accountCode) {
        return java.util.Optional.ofNullable(gates.get(accountCode)).map(AccountGate::usage);
    }

    public AccountGate gate(String accountCode) {
        AccountGate gate = gates.computeIfAbsent(accountCode, code -> new AccountGate(
                RateSettings.read(code, key -> config.getOptionalValue(key, String.class)),
                System::nanoTime, AccountGate.Sleeper.REAL));
        if (closing) {
            gate.close();
        }
        return gate;
    }
}
