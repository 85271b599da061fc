package io.dearbridge.domain.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The first answer to a warehouse POST that carried an {@code Idempotency-Key}, stored in the same
 * transaction as its effect, so a repeat (a retry after a lost response) gets that answer and no second
 * effect. Keys are per caller; the request hash catches a key reused for a different request.
 */
@Entity
@Table(name = "idempotent_request")
@NamedQuery(name = IdempotentRequest.BY_KEY,
        query = "select r from IdempotentRequest r where r.principal = :principal and r.key = :key")
public class IdempotentRequest {

    public static final String BY_KEY = "IdempotentRequest.byKey";
    public static final int MAX_KEY = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "principal", nullable = false, length = 128)
    private String principal;

    @Column(name = "idem_key", nullable = false, length = MAX_KEY)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "http_status", nullable = false)
    private int httpStatus;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    public IdempotentRequest(String principal, String key, String requestHash, int httpStatus, String body,
                             Instant now) {
        this.principal = Objects.requireNonNull(principal, "principal");
        this.key = Objects.requireNonNull(key, "key");
        this.requestHash = Objects.requireNonNull(requestHash, "requestHash");
        this.httpStatus = httpStatus;
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = now;
    }

    public boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public Long id() { return id; }
    public String principal() { return principal; }
    public String key() { return key; }
    public int httpStatus() { return httpStatus; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
}
