package io.dearbridge.account;

import io.dearbridge.domain.account.Account;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Brings the account table in line with configuration at start: new accounts are added, changed ones
 * updated, and accounts no longer configured are deactivated (their history stays).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AccountRegistrar {

    private static final Logger LOG = Logger.getLogger(AccountRegistrar.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRegistry registry;

    @PostConstruct
    void register() {
        Instant now = Instant.now();
        for (DearAccount configured : registry.all()) {
            Account row = em.find(Account.class, configured.code());
            if (row == null) {
                em.persist(new Account(configured.code(), configured.baseUrl().toString(), now));
                LOG.info(() -> "Added " + configured);
            } else if (row.configure(configured.baseUrl().toString(), now)) {
                LOG.info(() -> "Updated " + configured);
            } else {
                LOG.info(() -> "Serving " + configured);
            }
        }
        for (Account row : em.createNamedQuery(Account.FIND_ALL, Account.class).getResultList()) {
            if (row.active() && registry.find(row.code()).isEmpty()) {
                row.deactivate(now);
                LOG.warning(() -> "DEAR account " + row.code() + " is no longer configured; it is now inactive");
            }
        }
        if (registry.all().isEmpty()) {
            LOG.warning("No DEAR accounts are configured: set dearbridge.accounts and the per-account keys");
        }
    }
}
