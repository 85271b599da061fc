package io.dearbridge.dear;

import io.dearbridge.domain.sync.FailureKind;

/**
 * Maps what DEAR answered to a {@link FailureKind} (docs/dear-api.md §1.2–1.4). DEAR's message texts are not
 * catalogued, so only status codes decide. A 403 is ambiguous: wrong keys, or DEAR's burst throttle on good
 * keys; the caller says which is more likely via {@code credentialsKnownGood} ({@link CredentialWatch}).
 */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    /** {@code status} is the HTTP status, or the {@code ErrorCode} of an Error Model that came with a 2xx. */
    public static FailureKind classify(int status, boolean credentialsKnownGood) {
        if (status == 429 || status == 503) {
            return FailureKind.THROTTLED;
        }
        if (status >= 500 || status == 408) {
            return FailureKind.TRANSIENT;
        }
        if (status == 403 || status == 401) {
            return credentialsKnownGood ? FailureKind.TRANSIENT : FailureKind.CREDENTIALS;
        }
        return FailureKind.PERMANENT;
    }
}
