package io.dearbridge.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One operator action, kept for audit: never changed once written. */
@Entity
@Table(name = "operator_action")
public class OperatorAction {

    /** What the operator did. */
    public enum Kind { REPLAY, RELEASE, DISMISS, HEAL, RECONCILE, CREDITED_IN_DEAR, USER_ADDED, USER_CHANGED,
        USER_DISABLED, USER_ENABLED, PASSWORD_RESET }

    /** What it was done to. */
    public enum Target { INBOX, OUTBOX, ACCOUNT, RETURN, USER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 128)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private Kind action;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private Target targetKind;

    @Column(name = "target_id")
    private Long targetId;

    @Column(name = "account_code", length = 64)
    private String accountCode;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "outcome", length = 1000)
    private String outcome;

    /** The user an action on a user was about (target USER); user names are not ids. */
    @Column(name = "target_name", length = 128)
    private String targetName;

    protected OperatorAction() {
    }

    public OperatorAction(Instant at, String actor, Kind action, Target targetKind, Long targetId, String accountCode,
                          Long orderId, String reason, String outcome) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.targetKind = Objects.requireNonNull(targetKind, "targetKind");
        this.targetId = targetId;
        this.accountCode = accountCode;
        this.orderId = orderId;
        this.reason = cut(reason);
        this.outcome = cut(outcome);
    }

    /** An admin's change to a user: who did it, to whom, and what changed (never a password). */
    public static OperatorAction onUser(Instant at, String actor, Kind action, String username, String what) {
        OperatorAction entry = new OperatorAction(at, actor, action, Target.USER, null, null, null, null, what);
        entry.targetName = Objects.requireNonNull(username, "username");
        return entry;
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public Kind action() { return action; }
    public Target targetKind() { return targetKind; }
    public Long targetId() { return targetId; }
    public String accountCode() { return accountCode; }
    public Long orderId() { return orderId; }
    public String reason() { return reason; }
    public String outcome() { return outcome; }
    public String targetName() { return targetName; }
}
