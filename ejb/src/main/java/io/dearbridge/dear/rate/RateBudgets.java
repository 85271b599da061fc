package io.dearbridge.dear.rate;

import jakarta.enterprise.context.ApplicationScoped;

/** Makes each account's {@link RateBudget}: for now this JVM's own token bucket. */
@ApplicationScoped
public class RateBudgets {

    RateBudget budgetFor(String accountCode, RateSettings settings) {
        return new TokenBucket(settings, System::nanoTime);
    }
}
