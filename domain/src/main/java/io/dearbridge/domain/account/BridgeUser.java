package io.dearbridge.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A user of the console and the warehouse API (rows read by Elytron's jdbc-realm): roles, the accounts the user sees
 * and acts on (all, or the named ones), enabled or not, and a salted bcrypt password made by the caller.
 */
@Entity
@Table(name = "bridge_user")
public class BridgeUser {

    /** The roles a user may have; none is a webhook user (Basic auth on its account's webhook path only). */
    public static final Set<String> ROLES = Set.of("admin", "viewer", "warehouse");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,128}");

    @Id
    @Column(name = "username", length = 128)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 64)
    private String passwordHash;

    @Column(name = "password_salt", nullable = false, length = 32)
    private String passwordSalt;

    @Column(name = "password_cost", nullable = false)
    private int passwordCost;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "all_accounts", nullable = false)
    private boolean allAccounts;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bridge_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bridge_user_account", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "account_code", length = 64)
    private Set<String> accounts = new TreeSet<>();

    protected BridgeUser() {
    }

    public BridgeUser(String username, BcryptHash password, Collection<String> roles, boolean allAccounts,
                      Collection<String> accounts, Instant now) {
        if (!isValidName(username)) {
            throw new IllegalArgumentException("A user name is 1 to 128 of A-Z a-z 0-9 . _ @ -.");
        }
        this.username = username;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.enabled = true;
        password(password);
        roles(roles);
        accounts(allAccounts, accounts);
    }

    public static boolean isValidName(String username) {
        return username != null && NAME.matcher(username).matches();
    }

    public void password(BcryptHash password) {
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.passwordCost = password.cost();
    }

    public void roles(Collection<String> roles) {
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("Unknown role '" + role + "'; roles are admin, viewer, warehouse.");
            }
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** All accounts, or exactly the named ones (none when empty). */
    public void accounts(boolean all, Collection<String> codes) {
        for (String code : codes) {
            if (!AccountCode.isValid(code)) {
                throw new IllegalArgumentException("Account code '" + code + "' is not valid: use 1 to 64 lower-case"
                        + " letters, digits or '-'.");
            }
        }
        this.allAccounts = all;
        this.accounts.clear();
        if (!all) {
            this.accounts.addAll(codes);
        }
    }

    public void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** An enabled admin who sees every account: the users who manage the bridge. */
    public boolean managesBridge() {
        return enabled && allAccounts && roles.contains("admin");
    }

    public String username() { return username; }
    public Instant createdAt() { return createdAt; }
    public boolean enabled() { return enabled; }
    public boolean allAccounts() { return allAccounts; }
    public Set<String> roles() { return Set.copyOf(roles); }
    public Set<String> accounts() { return Set.copyOf(accounts); }
}
