package io.dearbridge.simulator.control;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.api.JsonBodies;
import io.dearbridge.simulator.app.SimulatorBean;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.json.JsonWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Function;

/** HTTP mapping of {@link ControlApi}; JSON in and out, no auth. */
@Path("")
@RequestScoped
public class ControlResource {

    @Inject
    SimulatorBean simulator;

    @POST
    @Path("accounts")
    public Response createAccount(String body) {
        return call(b -> api().createAccount(b), body);
    }

    @GET
    @Path("accounts")
    public Response accounts() {
        return http(api().listAccounts());
    }

    @POST
    @Path("accounts/{accountId}/keys")
    public Response addKey(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().addKey(accountId, b), body);
    }

    @GET
    @Path("accounts/{accountId}/settings")
    public Response settings(@PathParam("accountId") String accountId) {
        return http(api().settings(accountId));
    }

    @PUT
    @Path("accounts/{accountId}/settings")
    public Response updateSettings(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().updateSettings(accountId, b), body);
    }

    @POST
    @Path("accounts/{accountId}/faults")
    public Response addFault(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().addFault(accountId, b), body);
    }

    @DELETE
    @Path("accounts/{accountId}/faults")
    public Response clearFaults(@PathParam("accountId") String accountId) {
        return http(api().clearFaults(accountId));
    }

    @POST
    @Path("accounts/{accountId}/sales")
    public Response createSale(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().createSale(accountId, b), body);
    }

    @POST
    @Path("accounts/{accountId}/restamp")
    public Response restamp(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().restamp(accountId, b), body);
    }

    @POST
    @Path("accounts/{accountId}/seed")
    public Response seedSales(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().seedSales(accountId, b), body);
    }

    @GET
    @Path("accounts/{accountId}/sales/{saleId}")
    public Response sale(@PathParam("accountId") String accountId, @PathParam("saleId") String saleId) {
        return http(api().getSale(accountId, saleId));
    }

    @POST
    @Path("accounts/{accountId}/sales/{saleId}/{action}")
    public Response saleAction(@PathParam("accountId") String accountId, @PathParam("saleId") String saleId,
                               @PathParam("action") String action, String body) {
        return call(b -> api().saleAction(accountId, saleId, action, b), body);
    }

    @POST
    @Path("accounts/{accountId}/purchases")
    public Response createPurchase(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().createPurchase(accountId, b), body);
    }

    @GET
    @Path("accounts/{accountId}/purchases")
    public Response purchases(@PathParam("accountId") String accountId) {
        return http(api().listPurchases(accountId));
    }

    @POST
    @Path("accounts/{accountId}/purchases/touch")
    public Response touchPurchases(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().touchPurchases(accountId, b), body);
    }

    @GET
    @Path("accounts/{accountId}/purchases/{purchaseId}")
    public Response purchase(@PathParam("accountId") String accountId, @PathParam("purchaseId") String purchaseId) {
        return http(api().getPurchase(accountId, purchaseId));
    }

    @POST
    @Path("accounts/{accountId}/purchases/{purchaseId}/{action}")
    public Response purchaseAction(@PathParam("accountId") String accountId,
                                   @PathParam("purchaseId") String purchaseId, @PathParam("action") String action,
                                   String body) {
        return call(b -> api().purchaseAction(accountId, purchaseId, action, b), body);
    }

    @GET
    @Path("accounts/{accountId}/calls")
    public Response calls(@PathParam("accountId") String accountId,
                          @QueryParam("since") @DefaultValue("0") long since) {
        return http(api().calls(accountId, since));
    }

    @DELETE
    @Path("accounts/{accountId}/calls")
    public Response clearCalls(@PathParam("accountId") String accountId) {
        return http(api().clearCalls(accountId));
    }

    @GET
    @Path("accounts/{accountId}/deliveries")
    public Response deliveries(@PathParam("accountId") String accountId,
                               @QueryParam("since") @DefaultValue("0") long since) {
        return http(api().deliveries(accountId, since));
    }

    @DELETE
    @Path("accounts/{accountId}/deliveries")
    public Response clearDeliveries(@PathParam("accountId") String accountId) {
        return http(api().clearDeliveries(accountId));
    }

    @POST
    @Path("accounts/{accountId}/webhooks/flush")
    public Response flush(@PathParam("accountId") String accountId) {
        return http(api().flushWebhooks(accountId));
    }

    @GET
    @Path("accounts/{accountId}/locations")
    public Response locations(@PathParam("accountId") String accountId) {
        return http(api().locations(accountId));
    }

    @PUT
    @Path("accounts/{accountId}/locations")
    public Response replaceLocations(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().replaceLocations(accountId, b), body);
    }

    @GET
    @Path("accounts/{accountId}/stock")
    public Response stock(@PathParam("accountId") String accountId) {
        return http(api().stock(accountId));
    }

    @PUT
    @Path("accounts/{accountId}/stock")
    public Response setStock(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().setStock(accountId, b), body);
    }

    @GET
    @Path("accounts/{accountId}/automation")
    public Response automation(@PathParam("accountId") String accountId) {
        return http(api().automation(accountId));
    }

    @PUT
    @Path("accounts/{accountId}/automation")
    public Response setAutomation(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().setAutomation(accountId, b), body);
    }

    @POST
    @Path("accounts/{accountId}/webhooks/send")
    public Response sendWebhook(@PathParam("accountId") String accountId, String body) {
        return call(b -> api().sendWebhook(accountId, b), body);
    }

    @POST
    @Path("reset")
    public Response reset() {
        return http(api().reset());
    }

    private ControlApi api() {
        return new ControlApi(simulator.get());
    }

    private Response call(Function<Map<String, Object>, DearResponse> action, String body) {
        try {
            Object parsed = JsonBodies.parse(body);
            return http(action.apply(parsed == null ? Map.of() : Json.asObject(parsed, "body")));
        } catch (DearException e) {
            return http(DearResponse.json(400, Map.of("ErrorCode", 400, "Exception", e.getMessage())));
        }
    }

    private static Response http(DearResponse r) {
        if (r.body() == null) {
            return Response.status(r.status()).build();
        }
        return Response.status(r.status()).type(MediaType.APPLICATION_JSON).entity(JsonWriter.write(r.body())).build();
    }
}
