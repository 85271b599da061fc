package io.dearbridge.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;

/**
 * The signed-in caller's accounts, read from the users table once per request: the one place the API's resources
 * and the console's beans ask. A caller unknown to the table, or disabled, sees nothing.
 */
@RequestScoped
public class CallerAccounts {

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    private AccountScope scope;
    private Boolean enabled;

    /** What the caller may see and act on. */
    public AccountScope scope() {
        if (scope == null) {
            scope = read();
        }
        return scope;
    }

    /** Whether the caller is still an enabled user (a console session outlives a disable otherwise). */
    public boolean enabled() {
        scope();
        return Boolean.TRUE.equals(enabled);
    }

    /** Whether the caller's accounts include this one; ask before showing or changing anything of it. */
    public boolean sees(String accountCode) {
        return scope().allows(accountCode);
    }

    public String name() {
        return principal == null ? null : principal.getName();
    }

    private AccountScope read() {
        String name = name();
        if (name == null || "anonymous".equals(name)) {
            enabled = false;
            return AccountScope.NONE;
        }
        List<?> rows = em.createNativeQuery("SELECT enabled, all_accounts FROM bridge_user WHERE username = ?1")
                .setParameter(1, name).getResultList();
        if (rows.isEmpty()) {
            enabled = false;
            return AccountScope.NONE;
        }
        Object[] row = (Object[]) rows.get(0);
        enabled = Boolean.TRUE.equals(row[0]);
        if (!enabled) {
            return AccountScope.NONE;
        }
        if (Boolean.TRUE.equals(row[1])) {
            return AccountScope.ALL;
        }
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT account_code FROM bridge_user_account WHERE username = ?1")
                .setParameter(1, name).getResultList();
        return AccountScope.of(new HashSet<>(codes));
    }
}
