package io.dearbridge.domain.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt at an inbox event or an outbox command, kept so an operator can see why it failed. */
@Entity
@Table(name = "sync_attempt")
public class SyncAttempt {

    public static final String SUCCESS = "SUCCESS";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_attempt_ids")
    @SequenceGenerator(name = "sync_attempt_ids", sequenceName = "sync_attempt_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "inbox_event_id")
    private Long inboxEventId;

    @Column(name = "outbox_command_id")
    private Long outboxCommandId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "message", length = SyncFailure.MAX_MESSAGE)
    private String message;

    protected SyncAttempt() {
    }

    private SyncAttempt(Long inboxEventId, Long outboxCommandId, int attemptNo, Instant startedAt,
                        Instant finishedAt, SyncFailure failure) {
        this.inboxEventId = inboxEventId;
        this.outboxCommandId = outboxCommandId;
        this.attemptNo = attemptNo;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = failure == null ? SUCCESS : failure.kind().name();
        this.httpStatus = failure == null ? null : failure.httpStatus();
        this.message = failure == null ? null : failure.message();
    }

    public static SyncAttempt ofInbox(long eventId, int attemptNo, Instant startedAt, Instant finishedAt,
                                      SyncFailure failureOrNull) {
        return new SyncAttempt(eventId, null, attemptNo, startedAt, finishedAt, failureOrNull);
    }

    public static SyncAttempt ofOutbox(long commandId, int attemptNo, Instant startedAt, Instant finishedAt,
                                       SyncFailure failureOrNull) {
        return new SyncAttempt(null, commandId, attemptNo, startedAt, finishedAt, failureOrNull);
    }

    public Long id() {
        return id;
    }

    public Long inboxEventId() {
        return inboxEventId;
    }

    public Long outboxCommandId() {
        return outboxCommandId;
    }

    public int attemptNo() {
        return attemptNo;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String outcome() {
        return outcome;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String message() {
        return message;
    }
}
