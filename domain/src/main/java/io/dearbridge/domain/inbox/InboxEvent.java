package io.dearbridge.domain.inbox;

import io.dearbridge.domain.sync.AttemptTrail;
import io.dearbridge.domain.sync.IllegalTransitionException;
import io.dearbridge.domain.sync.RetryPolicy;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.domain.sync.WaitReason;

import jakarta.persistence.Column;
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
 * One event from DEAR, stored raw before it is acknowledged: RECEIVED, then PROCESSING, then DONE, RETRY
 * or FAILED. A FAILED event waits for an operator to replay or dismiss it. Events DEAR sends that the
 * bridge does not act on are stored as IGNORED so nothing is silently dropped.
 */
@Entity
@Table(name = "inbox_event")
public class InboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_code", nullable = false, length = 64)
    private String accountCode;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    /** The document the event is about (see {@link DocumentRef}); null kind for a type nobody defines. */
    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", length = 20)
    private DocumentKind documentKind;

    @Column(name = "document_id", length = 64)
    private String documentId;

    @Column(name = "document_task_id", length = 64)
    private String documentTaskId;

    @Column(name = "document_number", length = 256)
    private String documentNumber;

    @Column(name = "dedupe_key", nullable = false, length = 100)
    private String dedupeKey;

    @Column(name = "payload_hash", length = 64)
    private String payloadHash;

    /** Counted by a bulk update only: entity updates must not write back a stale count. */
    @Column(name = "deliveries", nullable = false, updatable = false)
    private int deliveries = 1;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "payload", nullable = false, columnDefinition = "text")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private EventSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InboxStatus status;

    /** Set while the item waits without a failed attempt (see {@link WaitReason}); cleared when it is claimed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_for", length = 20)
    private WaitReason waitingFor;

    @Embedded
    private AttemptTrail trail;

    /** The node that claimed it last, so that node, started again, takes back at once what it had in hand. */
    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected InboxEvent() {
    }

    private InboxEvent(EventKey key, Fingerprint fingerprint, String payload, EventSource source, InboxStatus status,
                       Instant now) {
        this.accountCode = Objects.requireNonNull(key.accountCode(), "accountCode");
        this.eventType = Objects.requireNonNull(key.eventType(), "eventType");
        this.documentKind = key.document().kind();
        this.documentId = key.document().id();
        this.documentTaskId = key.document().taskId();
        this.documentNumber = key.document().number();
        this.dedupeKey = fingerprint.dedupeKey();
        this.payloadHash = fingerprint.payloadHash();
        this.payload = Objects.requireNonNull(payload, "payload");
        this.source = source;
        this.status = status;
        this.trail = AttemptTrail.dueAt(status == InboxStatus.RECEIVED ? now : null);
        this.receivedAt = now;
        this.updatedAt = now;
    }

    public static InboxEvent received(EventKey key, Fingerprint fingerprint, String payload, EventSource source,
                                      Instant now) {
        return new InboxEvent(key, fingerprint, payload, source, InboxStatus.RECEIVED, now);
    }

    public static InboxEvent ignored(EventKey key, Fingerprint fingerprint, String payload, Instant now) {
        return new InboxEvent(key, fingerprint, payload, EventSource.WEBHOOK, InboxStatus.IGNORED, now);
    }

    /** Claims the event for an attempt; answers the attempt number. */
    public int startAttempt(Instant now) {
        return startAttempt(now, null);
    }

    /** Claims the event; the lease says when another node may take it over if this one vanishes. */
    public int startAttempt(Instant now, Instant leaseUntil) {
        return startAttempt(now, leaseUntil, null);
    }

    /** As {@link #startAttempt(Instant, Instant)}, claimed by {@code node}. */
    public int startAttempt(Instant now, Instant leaseUntil, String node) {
        require(status.isDue() || leaseExpired(now), "process");
        claimedBy = node;
        waitingFor = null;
        status = InboxStatus.PROCESSING;
        updatedAt = now;
        int attempt = trail.begin();
        trail.postpone(leaseUntil);
        return attempt;
    }

    public void complete(Instant now) {
        complete(InboxStatus.DONE, null, now);
    }

    /** Done without reading DEAR, e.g. DEAR's echo of a stage the bridge itself wrote and DEAR confirmed. */
    public void completeWithoutRead(String reason, Instant now) {
        complete(InboxStatus.DONE, reason, now);
    }

    /** Done without importing: the sale belongs to a location this account does not serve. */
    public void skip(String reason, Instant now) {
        complete(InboxStatus.SKIPPED, reason, now);
    }

    private void complete(InboxStatus outcome, String reason, Instant now) {
        require(status == InboxStatus.PROCESSING, "complete");
        status = outcome;
        note = reason;
        trail.succeeded();
        updatedAt = now;
    }

    /** DEAR's thin payload named only the task; once resolved, the event is about this document. */
    public void resolveDocument(String resolvedId) {
        this.documentId = Objects.requireNonNull(resolvedId, "resolvedId");
    }

    /** Kept, not processed: no handler takes its type. */
    public void ignore(String reason, Instant now) {
        complete(InboxStatus.IGNORED, reason, now);
    }

    /** A PROCESSING event whose node vanished is handed out again once its lease has run out. */
    public boolean leaseExpired(Instant now) {
        return status == InboxStatus.PROCESSING && trail.nextAttemptAt() != null && !trail.nextAttemptAt().isAfter(now);
    }

    /** Records a failed attempt: RETRY while the policy allows, FAILED after that. */
    public void fail(SyncFailure failure, RetryPolicy policy, Instant now) {
        require(status == InboxStatus.PROCESSING, "fail");
        status = trail.failed(failure, policy, now) ? InboxStatus.RETRY : InboxStatus.FAILED;
        updatedAt = now;
    }

    /**
     * Puts the event back without counting an attempt, for {@code reason} until {@code until}: waiting, not failing,
     * so it is RECEIVED again unless an earlier attempt failed (e.g. while an earlier event of its document is pending).
     */
    public void defer(Instant until, Instant now, WaitReason reason) {
        require(status == InboxStatus.PROCESSING, "defer");
        trail.withdraw();
        status = trail.attempts() == 0 ? InboxStatus.RECEIVED : InboxStatus.RETRY;
        waitingFor = reason;
        trail.postpone(until);
        updatedAt = now;
    }

    /** Why the event waits without a failed attempt, if it does; its expected start is its next attempt time. */
    public Optional<WaitReason> waitingFor() {
        return Optional.ofNullable(waitingFor);
    }

    public void replay(Instant now) {
        require(status == InboxStatus.FAILED || status == InboxStatus.DISMISSED, "replay");
        status = InboxStatus.RECEIVED;
        trail.replay(now);
        updatedAt = now;
    }

    public void dismiss(Instant now) {
        require(status == InboxStatus.FAILED, "dismiss");
        status = InboxStatus.DISMISSED;
        updatedAt = now;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransitionException("inbox event " + id, status, action);
        }
    }

    public Long id() {
        return id;
    }

    public String accountCode() {
        return accountCode;
    }

    public String eventType() {
        return eventType;
    }

    public DocumentRef document() {
        return new DocumentRef(documentKind, documentId, documentTaskId, documentNumber);
    }

    public DocumentKind documentKind() {
        return documentKind;
    }

    public String documentId() {
        return documentId;
    }

    public String documentTaskId() {
        return documentTaskId;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public String payloadHash() {
        return payloadHash;
    }

    public int deliveries() {
        return deliveries;
    }

    public String note() {
        return note;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public String payload() {
        return payload;
    }

    public EventSource source() {
        return source;
    }

    public InboxStatus status() {
        return status;
    }

    public AttemptTrail trail() {
        return trail;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
