package io.dearbridge.reconcile;

import io.dearbridge.account.DearAccount;
import io.dearbridge.account.Reconciliation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reconciliation as the console asks for it ({@link Reconciliation}): the watermark, and a pass now. */
@ApplicationScoped
public class ReconcileOnDemand implements Reconciliation {

    @Inject
    ReconcilePass pass;

    @Inject
    Watermarks watermarks;

    @Override
    public Optional<Instant> watermark(String accountCode) {
        return watermarks.of(accountCode);
    }

    @Override
    public String runNow(DearAccount account, Duration patience) {
        return pass.runNow(account, patience).toString();
    }
}
