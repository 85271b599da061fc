package io.dearbridge.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plain HTTP is for the demo on 127.0.0.1 only. Outside demo mode ({@code dearbridge.demo=true}) the DEAR base URLs
 * and {@code dearbridge.public-base-url} must be {@code https}: the DEAR key travels in every call's headers and the
 * webhook secret in every webhook. {@code dearbridge.allow-plain-http=true} lifts this where no key is real (the
 * ITs' and benchmarks' servers, which talk to the simulator). The web modules require HTTPS on the same condition
 * ({@link LoginGuard}).
 */
public final class TransportPolicy {

    public static final String DEMO = "dearbridge.demo";
    public static final String ALLOW_PLAIN_HTTP = "dearbridge.allow-plain-http";
    static final String PUBLIC_BASE_URL = "dearbridge.public-base-url";

    private TransportPolicy() {
    }

    public static boolean plainHttpAllowed(Function<String, Optional<String>> config) {
        return isTrue(config.apply(DEMO)) || isTrue(config.apply(ALLOW_PLAIN_HTTP));
    }

    /** Each URL key that names plain http where it is not allowed; empty when all is well. */
    public static List<String> problems(Function<String, Optional<String>> config, List<String> accountCodes) {
        List<String> problems = new ArrayList<>();
        if (plainHttpAllowed(config)) {
            return problems;
        }
        List<String> keys = new ArrayList<>();
        keys.add(PUBLIC_BASE_URL);
        accountCodes.forEach(code -> keys.add("dearbridge.account." + code + ".base-url"));
        for (String key : keys) {
            config.apply(key).map(String::trim).filter(url -> url.toLowerCase(Locale.ROOT).startsWith("http:"))
                    .ifPresent(url -> problems.add(key + " must be an https URL outside demo mode (" + DEMO
                            + "=true), not http"));
        }
        return problems;
    }

    /** At start: refuses to run with a plain-http URL outside demo mode, naming the keys. */
    public static void enforce(Function<String, Optional<String>> config, List<String> accountCodes) {
        List<String> problems = problems(config, accountCodes);
        if (!problems.isEmpty()) {
            throw new AccountConfigurationException("Plain HTTP refused: " + String.join("; ", problems));
        }
    }

    private static boolean isTrue(Optional<String> value) {
        return value.map(String::trim).filter("true"::equalsIgnoreCase).isPresent();
    }
}
