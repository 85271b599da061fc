package io.dearbridge.domain.account;

import java.util.regex.Pattern;

/** The rule for account codes: they appear in URLs, config keys and environment variable names. */
public final class AccountCode {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private AccountCode() {
    }

    public static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }

    public static String requireValid(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException(
                    "Account code '" + code + "' is not valid: use 1 to 64 lower-case letters, digits or '-'");
        }
        return code;
    }
}
