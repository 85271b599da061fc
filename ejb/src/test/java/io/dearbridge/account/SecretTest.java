package io.dearbridge.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void matchesOnlyTheExactValue() {
        Secret secret = new Secret("s3cret-token");
        assertTrue(secret.matches("s3cret-token"));
        assertFalse(secret.matches("s3cret-toke"));
        assertFalse(secret.matches("s3cret-token "));
        assertFalse(secret.matches(null));
    }

    @Test
    void neverPrintsItself() {
        Secret secret = new Secret("0123456789abcdef");
        assertEquals("****", secret.toString());
        assertEquals("****cdef", secret.hint());
        assertEquals("****", new Secret("short").hint());
    }
}
