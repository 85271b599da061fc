package io.dearbridge.dear.rate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.Config;

/**
 * One {@link AccountGate} per DEAR account, shared by every thread of this JVM. Its tokens come from
 * {@link RateBudgets}: this JVM's bucket, or on PostgreSQL a budget shared by every node.
 */
@ApplicationScoped
public class RateGovernor {

    @Inject
    Config config;

    @Inject
    RateBudgets budgets;

    private final ConcurrentMap<String, AccountGate> gates = new ConcurrentHashMap<>();
    private LaneSettings lanes;

    @PostConstruct
    void init() {
        lanes = LaneSettings.read(key -> config.getOptionalValue(key, String.class));
    }

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
        AccountGate gate = gates.computeIfAbsent(accountCode, code -> {
            RateSettings settings = RateSettings.read(code, key -> config.getOptionalValue(key, String.class));
            return new AccountGate(settings, budgets.budgetFor(code, settings), lanes, System::nanoTime,
                    AccountGate.Sleeper.REAL);
        });
        if (closing) {
            gate.close();
        }
        return gate;
    }

    public LaneSettings lanes() {
        return lanes;
    }
}
