package io.dearbridge.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountSettingsTest {

    private final Map<String, String> config = new HashMap<>();

    private Map<String, DearAccount> read() {
        return AccountSettings.read(key -> Optional.ofNullable(config.get(key)));
    }

    private void account(String code, String baseUrl) {
        config.put("dearbridge.account." + code + ".base-url", baseUrl);
        config.put("dearbridge.account." + code + ".account-id", "acct-id-" + code + "-0001");
        config.put("dearbridge.account." + code + ".application-key", "app-key-" + code + "-secret");
        config.put("dearbridge.account." + code + ".webhook-secret", "hook-" + code + "-secret");
    }

    @Test
    void readsSeveralAccountsInOrder() {
        config.put("dearbridge.accounts", " demo, acme ,demo");
        account("demo", "http://127.0.0.1:8080/dear-simulator/ExternalApi/v2");
        account("acme", "https://inventory.dearsystems.com/ExternalApi/v2/");
        Map<String, DearAccount> accounts = read();
        assertEquals(2, accounts.size());
        assertEquals("[demo, acme]", accounts.keySet().toString());
        assertEquals("http://127.0.0.1:8080/dear-simulator/ExternalApi/v2/", accounts.get("demo").baseUrl().toString());
        assertEquals("app-key-acme-secret", accounts.get("acme").applicationKey().reveal());
    }

    @Test
    void noAccountsIsAllowed() {
        assertTrue(read().isEmpty());
    }

    @Test
    void missingKeysAreAllNamedAndNoValueLeaks() {
        config.put("dearbridge.accounts", "demo,Bad.Code");
        account("demo", "ftp://nowhere");
        config.remove("dearbridge.account.demo.webhook-secret");
        AccountConfigurationException e = assertThrows(AccountConfigurationException.class, this::read);
        assertTrue(e.getMessage().contains("dearbridge.account.demo.webhook-secret is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("dearbridge.account.demo.base-url must be an http or https URL"));
        assertTrue(e.getMessage().contains("'Bad.Code'"));
        assertFalse(e.getMessage().contains("app-key-demo-secret"));
        assertFalse(e.getMessage().contains("acct-id-demo-0001"));
    }

    /** One DEAR account under two codes would import every sale twice: the deployment stops, naming both codes. */
    @Test
    void twoCodesForOneDearAccountStopTheDeploymentNamingBoth() {
        config.put("dearbridge.accounts", "acme,demo,acme-old");
        account("acme", "https://inventory.dearsystems.com/ExternalApi/v2");
        account("demo", "https://inventory.dearsystems.com/ExternalApi/v2");
        account("acme-old", "https://inventory.dearsystems.com/ExternalApi/v2");
        // The same GUID, as DEAR shows it and in capitals: DEAR's account ids are GUIDs, case does not matter.
        config.put("dearbridge.account.acme.account-id", "3f6b1d2e-9a4c-4e0b-8d7f-2c1a5e9b0d41");
        config.put("dearbridge.account.acme-old.account-id", " 3F6B1D2E-9A4C-4E0B-8D7F-2C1A5E9B0D41");
        AccountConfigurationException e = assertThrows(AccountConfigurationException.class, this::read);
        assertTrue(e.getMessage().contains("accounts 'acme' and 'acme-old' are configured with the same DEAR account"),
                e.getMessage());
        assertTrue(e.getMessage().contains("dearbridge.account.acme.account-id = dearbridge.account.acme-old.account-id"),
                e.getMessage());
        assertFalse(e.getMessage().contains("'demo'"), e.getMessage());
        assertFalse(e.getMessage().toLowerCase().contains("3f6b1d2e"), "the account id is a credential: " + e.getMessage());
        assertFalse(e.getMessage().contains("app-key-acme-secret"), e.getMessage());
    }

    @Test
    void accountToStringMasksEveryCredential() {
        config.put("dearbridge.accounts", "demo");
        account("demo", "http://dear.example");
        String text = read().get("demo").toString();
        assertFalse(text.contains("app-key-demo-secret"), text);
        assertFalse(text.contains("hook-demo-secret"), text);
        assertFalse(text.contains("acct-id-demo-0001"), text);
        assertTrue(text.contains("****0001"), text);
    }
}
