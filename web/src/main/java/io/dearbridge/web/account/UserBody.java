package io.dearbridge.web.account;

import java.util.List;

/**
 * A user as the users API takes it: {@code accounts} ["*"] for all, empty or absent for none; {@code roles} empty
 * or absent for none (a webhook user). On PUT an absent field is left as it is.
 */
public class UserBody {

    public String username;
    public String password;
    public List<String> roles;
    public List<String> accounts;
    public Boolean enabled;

    /** Never the password: bodies may be logged by a debugging hand. */
    @Override
    public String toString() {
        return "UserBody[" + username + ", roles " + roles + ", accounts " + accounts + ", enabled " + enabled + "]";
    }
}
