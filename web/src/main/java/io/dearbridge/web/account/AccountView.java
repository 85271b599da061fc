package io.dearbridge.web.account;

import io.dearbridge.account.DearAccount;

/**
 * An account as the API shows it: the account id reduced to a hint, keys and secrets left out. {@code webhookProblem}
 * is set while DEAR refuses the account's webhook subscriptions ("webhooks unavailable: ..." with DEAR's answer).
 */
public record AccountView(String code, String baseUrl, String accountIdHint, String webhookPath, String webhookProblem) {

    static AccountView of(DearAccount account, String webhookProblem) {
        return new AccountView(account.code(), account.baseUrl().toString(), account.accountId().hint(),
                "/bridge/api/dear/" + account.code() + "/webhooks/{category}/{event}", webhookProblem);
    }
}
