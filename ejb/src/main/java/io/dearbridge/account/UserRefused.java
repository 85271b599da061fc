package io.dearbridge.account;

import jakarta.ejb.ApplicationException;

/** A change to a user that was refused, with the HTTP status the API answers; nothing was changed. */
@ApplicationException(rollback = true)
public class UserRefused extends RuntimeException {

    private final int status;

    public UserRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
