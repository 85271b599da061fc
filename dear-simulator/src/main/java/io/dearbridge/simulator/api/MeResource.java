package io.dearbridge.simulator.api;

import io.dearbridge.simulator.account.SimAccount;
import io.dearbridge.simulator.account.SimAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET me}: the company behind the credentials (REFERENCE §1.1). */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    SimAccounts accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response me(@HeaderParam("api-auth-accountid") String accountId,
                       @HeaderParam("api-auth-applicationkey") String applicationKey) {
        return accounts.authenticate(accountId, applicationKey)
                .map(account -> Response.ok(body(account)).build())
                .orElseGet(() -> Response.status(403).type(MediaType.TEXT_PLAIN).entity("Incorrect credentials!")
                        .build());
    }

    private static Map<String, Object> body(SimAccount account) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("Company", account.name());
        me.put("Currency", "AUD");
        me.put("TimeZone", "AUS Eastern Standard Time");
        me.put("DefaultSaleAccount", "200");
        return me;
    }
}
