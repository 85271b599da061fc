package io.dearbridge.simulator.api;

import io.dearbridge.simulator.app.SimulatorBean;
import io.dearbridge.simulator.json.JsonWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * The single JAX-RS entry point for every DEAR path: it only translates HTTP to a {@link DearRequest} and back.
 * One catch-all keeps 404-versus-unsupported-verb decisions in the router, where DEAR's rules live.
 */
@Path("{path: .*}")
@RequestScoped
public class DearApiResource {

    @Inject
    SimulatorBean simulator;

    @Context
    UriInfo uri;

    @HeaderParam("api-auth-accountid")
    String accountId;

    @HeaderParam("api-auth-applicationkey")
    String applicationKey;

    @GET
    public Response get(@PathParam("path") String path) {
        return handle("GET", path, null);
    }

    @POST
    public Response post(@PathParam("path") String path, String body) {
        return handle("POST", path, body);
    }

    @PUT
    public Response put(@PathParam("path") String path, String body) {
        return handle("PUT", path, body);
    }

    @DELETE
    public Response delete(@PathParam("path") String path) {
        return handle("DELETE", path, null);
    }

    @PATCH
    public Response patch(@PathParam("path") String path, String body) {
        return handle("PATCH", path, body);
    }

    private Response handle(String method, String path, String body) {
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        String rawQuery = uri.getRequestUri().getRawQuery();
        DearRequest request = new DearRequest(method, path, rawQuery == null ? "" : rawQuery, query, accountId,
                applicationKey, () -> JsonBodies.parse(body));
        DearResponse response = simulator.get().router().handle(request);
        return toHttp(response);
    }

    static Response toHttp(DearResponse response) {
        if (response.plainText()) {
            return Response.status(response.status()).type(MediaType.TEXT_PLAIN).entity(response.body()).build();
        }
        return Response.status(response.status()).type(MediaType.APPLICATION_JSON)
                .entity(JsonWriter.write(response.body())).build();
    }
}
