package io.dearbridge.receiving;

import io.dearbridge.domain.receiving.OverReceiptTolerance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The receiving writes' settings: {@code dearbridge.account.<code>.receiving.over-tolerance} (a percentage, default 0:
 * no more than ordered) and {@code dearbridge.receiving.invoice-recheck} (how often a push waiting for DEAR's invoice
 * looks again without being woken, default PT10M). Read live, as MicroProfile Config serves them.
 */
@ApplicationScoped
public class ReceiptPushSettings {

    public static final String OVER_TOLERANCE = "dearbridge.account.%s.receiving.over-tolerance";
    public static final String INVOICE_RECHECK = "dearbridge.receiving.invoice-recheck";

    @Inject
    Config config;

    /** @throws IllegalArgumentException naming the key when its value is not a percentage of 0 or more */
    public OverReceiptTolerance tolerance(String accountCode) {
        String key = String.format(OVER_TOLERANCE, accountCode);
        try {
            return OverReceiptTolerance.parse(config.getOptionalValue(key, String.class).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + " is malformed: " + e.getMessage(), e);
        }
    }

    public Duration invoiceRecheck() {
        return config.getOptionalValue(INVOICE_RECHECK, Duration.class).orElse(Duration.ofMinutes(10));
    }
}
