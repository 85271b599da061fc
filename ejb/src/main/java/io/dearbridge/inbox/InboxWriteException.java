package io.dearbridge.inbox;

import jakarta.ejb.ApplicationException;

/** The inbox could not commit a batch; nothing of it was stored, so nothing of it may be acknowledged. */
@ApplicationException(rollback = true)
public class InboxWriteException extends RuntimeException {

    public InboxWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
