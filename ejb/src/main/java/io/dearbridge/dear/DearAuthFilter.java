package io.dearbridge.dear;

import io.dearbridge.account.DearAccount;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Puts one account's two DEAR credential headers on every request (docs/dear-api.md §1.1); JSON only. */
final class DearAuthFilter implements ClientRequestFilter {

    static final String ACCOUNT_ID = "api-auth-accountid";
    static final String APPLICATION_KEY = "api-auth-applicationkey";

    private final DearAccount account;

    DearAuthFilter(DearAccount account) {
        this.account = account;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(ACCOUNT_ID, account.accountId().reveal());
        request.getHeaders().putSingle(APPLICATION_KEY, account.applicationKey().reveal());
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
    }
}
