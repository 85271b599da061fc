package io.dearbridge.account;

import io.dearbridge.domain.account.AccountCode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads accounts from configuration keys: {@code dearbridge.accounts} lists the codes, and each code has
 * {@code dearbridge.account.<code>.base-url}, {@code .account-id}, {@code .application-key} and
 * {@code .webhook-secret}. Environment variables work by MicroProfile Config's usual mapping
 * ({@code DEARBRIDGE_ACCOUNT_ACME_BASE_URL}). Two codes may not name the same DEAR account id. Plain Java, so the rules
 * are testable without a server.
 */
public final class AccountSettings {

    public static final String ACCOUNTS = "dearbridge.accounts";

    private AccountSettings() {
    }

    /** Parses every configured account; throws naming all missing or invalid keys at once. */
    public static Map<String, DearAccount> read(Function<String, Optional<String>> config) {
        Map<String, DearAccount> accounts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String code : codes(config)) {
            if (!AccountCode.isValid(code)) {
                problems.add("account code '" + code + "' in " + ACCOUNTS
                        + " is not valid (1 to 64 lower-case letters, digits or '-')");
                continue;
            }
            String prefix = "dearbridge.account." + code + ".";
            Optional<String> baseUrl = required(config, prefix + "base-url", problems);
            Optional<String> accountId = required(config, prefix + "account-id", problems);
            Optional<String> key = required(config, prefix + "application-key", problems);
            Optional<String> webhookSecret = required(config, prefix + "webhook-secret", problems);
            Optional<URI> uri = baseUrl.flatMap(url -> parseUrl(prefix + "base-url", url, problems));
            config.apply(prefix + "location-map").ifPresent(map -> {
                try {
                    io.dearbridge.domain.order.LocationMap.parse(map);
                } catch (IllegalArgumentException e) {
                    problems.add(prefix + "location-map is malformed: " + e.getMessage());
                }
            });
            if (uri.isPresent() && accountId.isPresent() && key.isPresent() && webhookSecret.isPresent()) {
                accounts.put(code, new DearAccount(code, uri.get(), new Secret(accountId.get()),
                        new Secret(key.get()), new Secret(webhookSecret.get())));
            }
        }
        problems.addAll(sharedDearAccounts(accounts.values()));
        if (!problems.isEmpty()) {
            throw new AccountConfigurationException("DEAR account configuration is incomplete or wrong: "
                    + String.join("; ", problems));
        }
        return accounts;
    }

    /**
     * One DEAR account under two codes would import each of its sales twice (two orders, shipped twice) and spend two
     * budgets against DEAR's one. Named by codes and keys only: the account id is a credential.
     */
    private static List<String> sharedDearAccounts(Collection<DearAccount> accounts) {
        Map<String, List<String>> codesById = new LinkedHashMap<>();
        for (DearAccount account : accounts) {
            codesById.computeIfAbsent(account.accountId().reveal().trim().toLowerCase(Locale.ROOT), id -> new ArrayList<>())
                    .add(account.code());
        }
        List<String> problems = new ArrayList<>();
        for (List<String> codes : codesById.values()) {
            if (codes.size() > 1) {
                problems.add("accounts " + codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(" and "))
                        + " are configured with the same DEAR account ("
                        + codes.stream().map(c -> "dearbridge.account." + c + ".account-id")
                        .collect(Collectors.joining(" = ")) + "); a DEAR account may be served under one code only,"
                        + " or each of its sales becomes an order under every code");
            }
        }
        return problems;
    }

    private static List<String> codes(Function<String, Optional<String>> config) {
        List<String> codes = new ArrayList<>();
        for (String code : config.apply(ACCOUNTS).orElse("").split(",")) {
            String trimmed = code.trim();
            if (!trimmed.isEmpty() && !codes.contains(trimmed)) {
                codes.add(trimmed);
            }
        }
        return codes;
    }

    private static Optional<String> required(Function<String, Optional<String>> config, String key,
                                             List<String> problems) {
        Optional<String> value = config.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            problems.add(key + " is missing");
        }
        return value;
    }

    private static Optional<URI> parseUrl(String key, String url, List<String> problems) {
        try {
            URI uri = URI.create(url.endsWith("/") ? url : url + "/");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                problems.add(key + " must be an http or https URL");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (IllegalArgumentException e) {
            problems.add(key + " is not a valid URL");
            return Optional.empty();
        }
    }
}
