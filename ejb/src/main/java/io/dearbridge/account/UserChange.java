package io.dearbridge.account;

import java.util.List;

/**
 * A new user, or a change to one: a null field is left as it is (for a new user: a null password is generated, null
 * roles or accounts are none). {@code accounts} ["*"] means all; {@code generatePassword} asks for a new password
 * shown once.
 */
public record UserChange(String password, boolean generatePassword, List<String> roles, List<String> accounts,
                         Boolean enabled) {

    public static UserChange enabled(boolean enabled) {
        return new UserChange(null, false, null, null, enabled);
    }

    public static UserChange resetPassword(String password) {
        return new UserChange(password, password == null, null, null, null);
    }
}
