package io.dearbridge.account;

import io.dearbridge.domain.account.BridgeUser;
import io.dearbridge.domain.audit.OperatorAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Users of the console and the API, managed by admins who see every account (the console's users page and
 * {@code /api/v1/users}): add, change roles and accounts, reset a password, disable and enable. Each change is
 * audited in {@code operator_action}; a change that would leave no enabled admin with all accounts is refused;
 * a change of password, roles or enabled flag fires {@link UserCredentialsChanged}.
 */
@Stateless
@RolesAllowed("admin")
public class BridgeUsers {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CallerAccounts caller;

    @Inject
    Event<UserCredentialsChanged> credentialsChanged;

    public List<UserView> list() {
        managerOnly();
        return em.createQuery("select u from BridgeUser u order by u.username", BridgeUser.class).getResultList()
                .stream().map(UserView::of).toList();
    }

    public UserView find(String username) {
        managerOnly();
        return UserView.of(existing(username, false));
    }

    /** The last changes to users, newest first: who did what to whom, when. */
    public List<UserAudit> audit(int max) {
        managerOnly();
        return em.createQuery("select a from OperatorAction a where a.targetKind = :user order by a.at desc, a.id desc",
                OperatorAction.class).setParameter("user", OperatorAction.Target.USER).setMaxResults(max)
                .getResultStream().map(a -> new UserAudit(a.at(), a.actor(), a.action().name(), a.targetName(),
                        a.outcome())).toList();
    }

    public UserSaved add(String username, UserChange user) {
        managerOnly();
        if (!BridgeUser.isValidName(username)) {
            throw new UserRefused(400, "A user name is 1 to 128 of A-Z a-z 0-9 . _ @ -.");
        }
        if (em.find(BridgeUser.class, username) != null) {
            throw new UserRefused(409, "There is already a user '" + username + "'.");
        }
        String generated = user.password() == null ? PasswordHashes.generate() : null;
        String password = generated != null ? generated : checked(user.password());
        Accounts accounts = accounts(user.accounts() == null ? List.of() : user.accounts());
        BridgeUser created;
        try {
            created = new BridgeUser(username, PasswordHashes.hash(password),
                    user.roles() == null ? List.of() : roles(user.roles()), accounts.all(), accounts.codes(),
                    Instant.now());
        } catch (IllegalArgumentException e) {
            throw new UserRefused(400, e.getMessage());
        }
        if (Boolean.FALSE.equals(user.enabled())) {
            created.enabled(false);
        }
        em.persist(created);
        UserView view = UserView.of(created);
        audit(OperatorAction.Kind.USER_ADDED, username, describe(view) + (generated != null ? "; password generated" : ""));
        return new UserSaved(view, generated);
    }

    public UserSaved change(String username, UserChange change) {
        managerOnly();
        lockAdmins();
        BridgeUser user = existing(username, true);
        UserView before = UserView.of(user);
        String generated = null;
        boolean credentials = false;
        List<String> what = new ArrayList<>();
        try {
            if (change.password() != null || change.generatePassword()) {
                generated = change.password() == null ? PasswordHashes.generate() : null;
                user.password(PasswordHashes.hash(generated != null ? generated : checked(change.password())));
                credentials = true;
                what.add(generated != null ? "password generated" : "password set");
            }
            if (change.roles() != null) {
                Set<String> roles = roles(change.roles());
                if (!roles.equals(user.roles())) {
                    user.roles(roles);
                    credentials = true;
                    what.add("roles " + before.roles() + " -> " + roles.stream().sorted().toList());
                }
            }
            if (change.accounts() != null) {
                Accounts accounts = accounts(change.accounts());
                user.accounts(accounts.all(), accounts.codes());
                List<String> after = UserView.of(user).accounts();
                if (!after.equals(before.accounts())) {
                    what.add("accounts " + before.accounts() + " -> " + after);
                }
            }
            if (change.enabled() != null && change.enabled() != user.enabled()) {
                user.enabled(change.enabled());
                credentials = true;
            }
        } catch (IllegalArgumentException e) {
            throw new UserRefused(400, e.getMessage());
        }
        if (before.roles().contains("admin") && !user.managesBridge()) {
            em.flush();
            if (managers() == 0) {
                throw new UserRefused(409, "'" + username + "' is the last enabled admin with all accounts; add or"
                        + " enable another one first.");
            }
        }
        OperatorAction.Kind kind = kind(before, user, what);
        if (kind != null) {
            if (kind == OperatorAction.Kind.USER_DISABLED || kind == OperatorAction.Kind.USER_ENABLED) {
                what.add(0, user.enabled() ? "enabled" : "disabled");
            }
            audit(kind, username, String.join("; ", what));
        }
        if (credentials) {
            credentialsChanged.fire(new UserCredentialsChanged(username));
        }
        return new UserSaved(UserView.of(user), generated);
    }

    private static OperatorAction.Kind kind(UserView before, BridgeUser after, List<String> what) {
        if (before.enabled() != after.enabled()) {
            return after.enabled() ? OperatorAction.Kind.USER_ENABLED : OperatorAction.Kind.USER_DISABLED;
        }
        if (what.isEmpty()) {
            return null;
        }
        return what.size() == 1 && what.get(0).startsWith("password") ? OperatorAction.Kind.PASSWORD_RESET
                : OperatorAction.Kind.USER_CHANGED;
    }

    /** Admins who see every account manage users; an admin of some accounts does not. */
    private void managerOnly() {
        if (!caller.scope().all()) {
            throw new UserRefused(403, "Only an admin with all accounts manages users.");
        }
    }

    /** Two admins disabling each other at once must not both pass the last-admin check. */
    private void lockAdmins() {
        em.createQuery("select u from BridgeUser u where u.enabled = true and u.allAccounts = true"
                        + " and 'admin' member of u.roles", BridgeUser.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private long managers() {
        return em.createQuery("select count(u) from BridgeUser u where u.enabled = true and u.allAccounts = true"
                + " and 'admin' member of u.roles", Long.class).getSingleResult();
    }

    private BridgeUser existing(String username, boolean lock) {
        BridgeUser user = username == null ? null : lock
                ? em.find(BridgeUser.class, username, LockModeType.PESSIMISTIC_WRITE)
                : em.find(BridgeUser.class, username);
        if (user == null) {
            throw new UserRefused(404, "No user '" + username + "'.");
        }
        return user;
    }

    private static String checked(String password) {
        String problem = PasswordHashes.problem(password);
        if (problem != null) {
            throw new UserRefused(400, problem);
        }
        return password;
    }

    private static Set<String> roles(List<String> roles) {
        Set<String> set = new LinkedHashSet<>();
        for (String role : roles) {
            if (role == null || !BridgeUser.ROLES.contains(role)) {
                throw new UserRefused(400, "Unknown role '" + role + "'; roles are admin, viewer, warehouse"
                        + " (none: a webhook user).");
            }
            set.add(role);
        }
        return set;
    }

    private static Accounts accounts(List<String> codes) {
        if (codes.contains(UserView.ALL)) {
            if (codes.size() != 1) {
                throw new UserRefused(400, "accounts is [\"*\"] for all, or the account codes; not both.");
            }
            return new Accounts(true, List.of());
        }
        if (codes.stream().anyMatch(Objects::isNull)) {
            throw new UserRefused(400, "accounts holds account codes, not null.");
        }
        return new Accounts(false, codes);
    }

    private void audit(OperatorAction.Kind kind, String username, String what) {
        em.persist(OperatorAction.onUser(Instant.now(), context.getCallerPrincipal().getName(), kind, username, what));
    }

    private static String describe(UserView user) {
        return "roles " + user.roles() + "; accounts " + user.accounts() + (user.enabled() ? "" : "; disabled");
    }

    private record Accounts(boolean all, List<String> codes) {
    }
}
