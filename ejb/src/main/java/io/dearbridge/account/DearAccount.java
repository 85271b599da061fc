package io.dearbridge.account;

import java.net.URI;
import java.util.Objects;

/** One configured DEAR account: where its DEAR lives and the credentials the bridge uses with it. */
public record DearAccount(String code, URI baseUrl, Secret accountId, Secret applicationKey, Secret webhookSecret) {

    public DearAccount {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(applicationKey, "applicationKey");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
    }

    @Override
    public String toString() {
        return "DearAccount[" + code + " at " + baseUrl + ", account id " + accountId.hint() + "]";
    }
}
