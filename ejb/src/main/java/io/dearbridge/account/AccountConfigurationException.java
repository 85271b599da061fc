package io.dearbridge.account;

/** The account configuration is incomplete or wrong; the message names the key, never a value. */
public class AccountConfigurationException extends RuntimeException {

    public AccountConfigurationException(String message) {
        super(message);
    }
}
