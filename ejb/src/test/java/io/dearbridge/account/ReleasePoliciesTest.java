package io.dearbridge.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ReleasePoliciesTest {

    private static ReleasePolicies with(Map<String, String> values) {
        ReleasePolicies policies = new ReleasePolicies();
        policies.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> method.getName().equals("getOptionalValue")
                        ? Optional.ofNullable(values.get((String) args[0])) : null);
        return policies;
    }

    @Test
    void onAuthoriseIsTheDefaultAndOnPaymentIsPerAccount() {
        ReleasePolicies policies = with(Map.of("dearbridge.account.paid.release", " On-Payment ",
                "dearbridge.account.open.release", "on-authorise"));
        assertTrue(policies.onPayment("paid"));
        assertFalse(policies.onPayment("open"));
        assertFalse(policies.onPayment("unset"));
    }

    @Test
    void anUnknownValueNamesTheKey() {
        var e = assertThrows(AccountConfigurationException.class,
                () -> with(Map.of("dearbridge.account.x.release", "on-invoice")).onPayment("x"));
        assertTrue(e.getMessage().contains("dearbridge.account.x.release"), e.getMessage());
    }
}
