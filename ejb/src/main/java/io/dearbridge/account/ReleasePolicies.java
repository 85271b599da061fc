package io.dearbridge.account;

import io.dearbridge.domain.order.Release;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * When each account's orders are the warehouse's to pick: {@code dearbridge.account.<code>.release} is
 * {@code on-authorise} (the default: as soon as DEAR authorises the order) or {@code on-payment} (only once DEAR shows
 * the sale fully paid or prepaid). Read on every use, so a change takes effect at the next import of a sale; an
 * unknown value fails that account's imports with a message naming the key.
 */
@ApplicationScoped
public class ReleasePolicies {

    public static final String KEY = "dearbridge.account.%s.release";
    public static final String ON_AUTHORISE = "on-authorise";
    public static final String ON_PAYMENT = "on-payment";

    @Inject
    Config config;

    public boolean onPayment(String accountCode) {
        String key = String.format(KEY, accountCode);
        String value = config.getOptionalValue(key, String.class).map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).orElse(ON_AUTHORISE);
        return switch (value) {
            case ON_AUTHORISE -> false;
            case ON_PAYMENT -> true;
            default -> throw new AccountConfigurationException(key + " must be " + ON_AUTHORISE + " or " + ON_PAYMENT);
        };
    }

    /** The account's rule for an import; {@code fullPaymentReceived} when DEAR's event says it is paid in full. */
    public Release release(String accountCode, boolean fullPaymentReceived) {
        return new Release(onPayment(accountCode), fullPaymentReceived);
    }
}
