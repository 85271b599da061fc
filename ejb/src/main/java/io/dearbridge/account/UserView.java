package io.dearbridge.account;

import io.dearbridge.domain.account.BridgeUser;
import java.time.Instant;
import java.util.List;

/** A user as the console and the API show it: never a password or a hash. {@code accounts} is ["*"] for all. */
public record UserView(String username, List<String> roles, List<String> accounts, boolean enabled,
                       Instant createdAt) {

    public static final String ALL = "*";

    static UserView of(BridgeUser user) {
        return new UserView(user.username(), user.roles().stream().sorted().toList(),
                user.allAccounts() ? List.of(ALL) : user.accounts().stream().sorted().toList(), user.enabled(),
                user.createdAt());
    }
}
