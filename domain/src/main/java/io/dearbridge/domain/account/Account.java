package io.dearbridge.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A DEAR account served by the bridge. Every other row belongs to one. The row is kept in step with
 * configuration at start; keys and webhook secrets are never stored here.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_ALL, query = "select a from Account a order by a.code")
public class Account {

    public static final String FIND_ALL = "Account.findAll";

    @Id
    @Column(name = "code", length = 64)
    private String code;

    @Column(name = "base_url", nullable = false, length = 512)
    private String baseUrl;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "reconciled_until")
    private Instant reconciledUntil;

    protected Account() {
    }

    public Account(String code, String baseUrl, Instant now) {
        this.code = AccountCode.requireValid(code);
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Brings the row in line with configuration; answers whether anything changed. */
    public boolean configure(String newBaseUrl, Instant now) {
        boolean changed = !newBaseUrl.equals(baseUrl) || !active;
        if (changed) {
            baseUrl = newBaseUrl;
            active = true;
            updatedAt = now;
        }
        return changed;
    }

    /** An account dropped from configuration keeps its history but receives nothing. */
    public void deactivate(Instant now) {
        if (active) {
            active = false;
            updatedAt = now;
        }
    }

    public void reconciledUntil(Instant watermark) {
        this.reconciledUntil = watermark;
    }

    public String code() {
        return code;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant reconciledUntil() {
        return reconciledUntil;
    }
}
