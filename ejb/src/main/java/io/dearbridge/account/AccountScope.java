package io.dearbridge.account;

import jakarta.persistence.Query;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The accounts a caller sees and acts on: all, or the named ones (none when empty). Every API read and write and
 * every console page and action narrows by it; something of another account is answered as if it did not exist.
 * {@link #jpql} and {@link #bind} narrow a JPQL query, {@link #sql} a JDBC one.
 */
public record AccountScope(boolean all, Set<String> codes) {

    /** Every account: the bridge itself, and users with all accounts. */
    public static final AccountScope ALL = new AccountScope(true, Set.of());
    public static final AccountScope NONE = new AccountScope(false, Set.of());

    private static final String PARAMETER = "scopeAccounts";

    public AccountScope {
        codes = all ? Set.of() : Set.copyOf(new TreeSet<>(codes));
    }

    public static AccountScope of(Set<String> codes) {
        return new AccountScope(false, codes);
    }

    public boolean allows(String accountCode) {
        return all || (accountCode != null && codes.contains(accountCode));
    }

    /** A JPQL condition on the account path given ({@code "o.accountCode"}); {@link #bind} sets its parameter. */
    public String jpql(String accountPath) {
        if (all) {
            return "1 = 1";
        }
        return codes.isEmpty() ? "1 = 0" : accountPath + " in :" + PARAMETER;
    }

    public <Q extends Query> Q bind(Q query) {
        if (!all && !codes.isEmpty()) {
            query.setParameter(PARAMETER, List.copyOf(codes));
        }
        return query;
    }

    /** An SQL condition on the column given, with its parameters appended to {@code parameters}. */
    public String sql(String column, List<Object> parameters) {
        if (all) {
            return "1 = 1";
        }
        if (codes.isEmpty()) {
            return "1 = 0";
        }
        parameters.addAll(new TreeSet<>(codes));
        return column + " IN (" + String.join(", ", codes.stream().map(c -> "?").toList()) + ")";
    }
}
