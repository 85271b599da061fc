package io.dearbridge.console;

import jakarta.ejb.ApplicationException;

/** An operator action that does not fit the sync's state now; nothing was changed. */
@ApplicationException(rollback = true)
public class ConsoleActionRefused extends RuntimeException {

    public ConsoleActionRefused(String message) {
        super(message);
    }
}
