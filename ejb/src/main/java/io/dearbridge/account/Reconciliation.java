package io.dearbridge.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reconciliation (the backstop for missed webhooks) as the console asks for it: an account's watermark and a pass
 * now. A port: the reconcile feature implements it, so the console need not import that feature.
 */
public interface Reconciliation {

    /** How far reconciliation has seen DEAR's changes for the account; empty before its first complete pass. */
    Optional<Instant> watermark(String accountCode);

    /**
     * A pass now, as the timer runs it (under the account's lease, waiting up to {@code patience} for a pass that is
     * running); what it did, in words for the operator and the audit.
     */
    String runNow(DearAccount account, Duration patience);
}
