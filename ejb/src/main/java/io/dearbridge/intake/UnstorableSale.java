package io.dearbridge.intake;

import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A value in DEAR's sale that the database refused (SQL state class 22, a data exception: too long, not valid in
 * the column's type). Reading the sale again returns the same value, so it is PERMANENT, with the database's words,
 * which name the column; an operator replays it once the cause is fixed.
 */
final class UnstorableSale {

    private UnstorableSale() {
    }

    static Optional<SyncFailure> of(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return Optional.of(new SyncFailure(FailureKind.PERMANENT, null,
                        "DEAR's sale has a value the bridge cannot store (SQL state " + sql.getSQLState() + "): "
                                + sql.getMessage()));
            }
        }
        return Optional.empty();
    }
}
