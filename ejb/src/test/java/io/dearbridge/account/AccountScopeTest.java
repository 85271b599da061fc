package io.dearbridge.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountScopeTest {

    @Test
    void namedAccountsAllowOnlyThemselves() {
        AccountScope acme = AccountScope.of(Set.of("acme"));
        assertTrue(acme.allows("acme"));
        assertFalse(acme.allows("demo"));
        assertFalse(acme.allows(null));
        assertEquals("o.accountCode in :scopeAccounts", acme.jpql("o.accountCode"));
        List<Object> parameters = new ArrayList<>(List.of("x"));
        assertEquals("s.account_code IN (?)", acme.sql("s.account_code", parameters));
        assertEquals(List.of("x", "acme"), parameters);
    }

    @Test
    void noAccountsMatchNothingAndAllMatchEverything() {
        assertFalse(AccountScope.NONE.allows("demo"));
        assertEquals("1 = 0", AccountScope.NONE.jpql("o.accountCode"));
        assertEquals("1 = 0", AccountScope.NONE.sql("c", new ArrayList<>()));
        assertTrue(AccountScope.ALL.allows("anything"));
        assertEquals("1 = 1", AccountScope.ALL.jpql("o.accountCode"));
        List<Object> parameters = new ArrayList<>();
        assertEquals("1 = 1", AccountScope.ALL.sql("c", parameters));
        assertTrue(parameters.isEmpty());
    }
}
