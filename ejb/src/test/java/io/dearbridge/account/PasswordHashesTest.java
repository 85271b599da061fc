package io.dearbridge.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dearbridge.domain.account.BcryptHash;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void hashesAreSaltedBcryptAsTheRealmReadsThem() {
        BcryptHash one = PasswordHashes.hash("correct horse");
        BcryptHash two = PasswordHashes.hash("correct horse");
        assertEquals(PasswordHashes.COST, one.cost());
        assertEquals(23, Base64.getDecoder().decode(one.hash()).length, "the 23-byte bcrypt hash (V12's column)");
        assertEquals(16, Base64.getDecoder().decode(one.salt()).length);
        assertNotEquals(one.hash(), two.hash(), "a fresh salt each time");
        assertEquals(false, one.toString().contains(one.hash()));
    }

    @Test
    void passwordRules() {
        assertNotNull(PasswordHashes.problem("short"));
        assertNotNull(PasswordHashes.problem(null));
        assertNotNull(PasswordHashes.problem("é".repeat(37)));
        assertNull(PasswordHashes.problem("long enough"));
        assertEquals(20, PasswordHashes.generate().length());
    }
}
