package io.dearbridge.domain.outbox;

import io.dearbridge.domain.sync.AttemptTrail;
import io.dearbridge.domain.sync.IllegalTransitionException;
import io.dearbridge.domain.sync.RetryPolicy;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.domain.sync.WaitReason;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.Objects;

/**
 * A call the bridge owes DEAR, written in the same transaction as the warehouse change that implies it
 * (transactional outbox). Commands with the same ordering key (one DEAR fulfilment) are sent in id order.
 * HELD commands wait because DEAR voided or undid the sale meanwhile.
 */
@Entity
@Table(name = "outbox_command")
public class OutboxCommand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_code", nullable = false, length = 64)
    private String accountCode;

    @Column(name = "ordering_key", nullable = false, length = 100)
    private String orderingKey;

    @Convert(converter = CommandKindColumn.class)
    @Column(name = "command_type", nullable = false, length = 40)
    private CommandKind kind;

    @Column(name = "payload", nullable = false, columnDefinition = "text")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OutboxStatus status;

    /** Set while the item waits without a failed attempt (see {@link WaitReason}); cleared when it is claimed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_for", length = 20)
    private WaitReason waitingFor;

    @Embedded
    private AttemptTrail trail;

    /** The node that claimed it last, so that node, started again, takes back at once what it had in hand. */
    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "response", columnDefinition = "text")
    private String response;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxCommand() {
    }

    public OutboxCommand(String accountCode, String orderingKey, CommandKind kind, String payload, Instant now) {
        this.accountCode = Objects.requireNonNull(accountCode, "accountCode");
        this.orderingKey = Objects.requireNonNull(orderingKey, "orderingKey");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.status = OutboxStatus.PENDING;
        this.trail = AttemptTrail.dueAt(now);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public int startAttempt(Instant now) {
        return startAttempt(now, null);
    }

    /** Claims the command; the lease says when another node may take it over if this one vanishes. */
    public int startAttempt(Instant now, Instant leaseUntil) {
        return startAttempt(now, leaseUntil, null);
    }

    /** As {@link #startAttempt(Instant, Instant)}, claimed by {@code node}. */
    public int startAttempt(Instant now, Instant leaseUntil, String node) {
        require(status.isDue(), "send");
        claimedBy = node;
        waitingFor = null;
        status = OutboxStatus.SENDING;
        updatedAt = now;
        int attempt = trail.begin();
        trail.postpone(leaseUntil);
        return attempt;
    }

    /** A SENDING command whose node vanished: its outcome at DEAR is unknown. */
    public boolean leaseExpired(Instant now) {
        return status == OutboxStatus.SENDING && trail.nextAttemptAt() != null && !trail.nextAttemptAt().isAfter(now);
    }

    public void sent(String dearResponse, Instant now) {
        require(status == OutboxStatus.SENDING, "mark as sent");
        status = OutboxStatus.SENT;
        response = dearResponse;
        trail.succeeded();
        updatedAt = now;
    }

    public void fail(SyncFailure failure, RetryPolicy policy, Instant now) {
        require(status == OutboxStatus.SENDING, "fail");
        status = trail.failed(failure, policy, now) ? OutboxStatus.RETRY : OutboxStatus.FAILED;
        updatedAt = now;
    }

    /**
     * Puts the command back unsent without counting an attempt (DEAR had no call for its account yet): waiting, not
     * failing, so it is PENDING again unless an earlier attempt failed, and says why it waits until {@code until}.
     */
    public void defer(Instant until, Instant now, WaitReason reason) {
        require(status == OutboxStatus.SENDING, "defer");
        trail.withdraw();
        status = trail.attempts() == 0 ? OutboxStatus.PENDING : OutboxStatus.RETRY;
        waitingFor = reason;
        trail.postpone(until);
        updatedAt = now;
    }

    /**
     * Makes a command that waits for {@code reason} due now (what it waited for may have come: DEAR shows the
     * invoice). Answers whether it was waiting for that; anything else is left as it is.
     */
    public boolean wake(WaitReason reason, Instant now) {
        if (!status.isDue() || waitingFor != reason) {
            return false;
        }
        trail.postpone(now);
        updatedAt = now;
        return true;
    }

    /** Why the command waits without a failed attempt, if it does; its expected start is its next attempt time. */
    public Optional<WaitReason> waitingFor() {
        return Optional.ofNullable(waitingFor);
    }

    /** Stops a command that has not been sent yet, because DEAR cancelled or reopened the sale. */
    public void hold(Instant now) {
        require(status.isDue(), "hold");
        status = OutboxStatus.HELD;
        waitingFor = null;
        updatedAt = now;
    }

    public void release(Instant now) {
        require(status == OutboxStatus.HELD, "release");
        status = OutboxStatus.PENDING;
        trail.postpone(now);
        updatedAt = now;
    }

    /** Points a held command at what replaced its subject in DEAR, before it is released (its kind stays). */
    public void retarget(String newPayload, Instant now) {
        require(status == OutboxStatus.HELD, "retarget");
        payload = Objects.requireNonNull(newPayload, "newPayload");
        updatedAt = now;
    }

    public void replay(Instant now) {
        require(status == OutboxStatus.FAILED || status == OutboxStatus.DISMISSED, "replay");
        status = OutboxStatus.PENDING;
        trail.replay(now);
        updatedAt = now;
    }

    public void dismiss(Instant now) {
        require(status == OutboxStatus.FAILED || status == OutboxStatus.HELD, "dismiss");
        status = OutboxStatus.DISMISSED;
        updatedAt = now;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransitionException("outbox command " + id, status, action);
        }
    }

    public Long id() {
        return id;
    }

    public String accountCode() {
        return accountCode;
    }

    public String orderingKey() {
        return orderingKey;
    }

    public CommandKind kind() {
        return kind;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public String payload() {
        return payload;
    }

    public OutboxStatus status() {
        return status;
    }

    public AttemptTrail trail() {
        return trail;
    }

    public String response() {
        return response;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
