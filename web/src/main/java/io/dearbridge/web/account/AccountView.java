package io.dearbridge.web.account;

import io.dearbridge.account.DearAccount;

/** An account as the API shows it: the account id reduced to a hint, keys and secrets left out. */
public record AccountView(String code, String baseUrl, String accountIdHint, String webhookPath) {

    static AccountView of(DearAccount account) {
        return new AccountView(account.code(), account.baseUrl().toString(), account.accountId().hint(),
                "/bridge/api/dear/" + account.code() + "/webhooks/{category}/{event}");
    }
}
