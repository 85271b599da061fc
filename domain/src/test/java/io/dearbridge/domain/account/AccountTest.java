package io.dearbridge.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void codesMustBeUrlAndEnvironmentSafe() {
        assertTrue(AccountCode.isValid("acme-au2"));
        assertFalse(AccountCode.isValid("Acme"));
        assertFalse(AccountCode.isValid("a.b"));
        assertFalse(AccountCode.isValid(""));
        assertThrows(IllegalArgumentException.class, () -> new Account("no spaces", "http://x", T0));
    }

    @Test
    void configureReportsOnlyRealChanges() {
        Account account = new Account("demo", "http://a", T0);
        assertFalse(account.configure("http://a", T0));
        assertTrue(account.configure("http://b", T0));
        assertEquals("http://b", account.baseUrl());
        account.deactivate(T0);
        assertFalse(account.active());
        assertTrue(account.configure("http://b", T0));
        assertTrue(account.active());
    }
}
