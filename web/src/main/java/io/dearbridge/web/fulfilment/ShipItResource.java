package io.dearbridge.web.fulfilment;

import io.dearbridge.fulfilment.FulfilmentService;
import io.dearbridge.web.write.WriteCalls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/orders/{id}/ship")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment")
@SecurityRequirement(name = "basic")
@RolesAllowed({"warehouse", "admin"})
public class ShipItResource {

    @Inject
    FulfilmentService fulfilment;

    @Inject
    WriteCalls calls;

    @POST
    @Operation(summary = "Ship it: the one-call path for warehouses that do not report stages",
            description = "DEAR picks by itself (AutoPickMode AUTOPICK), then everything it picked is packed into "
                    + "one box and shipped: three DEAR writes, sent in order through the outbox. What remains of "
                    + "a partly shipped order goes into a further fulfilment.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ShipItBody.class)))
    @APIResponse(responseCode = "202", description = "Recorded; the DEAR commands are queued",
            content = @Content(schema = @Schema(implementation = StageReceipt.class)))
    @APIResponse(responseCode = "400", description = "Missing ship date or carrier; nothing changed")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "Nothing left to ship, a fulfilment is being recorded stage by "
            + "stage, or the order is cancelled or on hold; nothing changed")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response shipIt(@PathParam("id") long orderId,
                           @HeaderParam(WriteCalls.IDEMPOTENCY_KEY)
                           @Parameter(description = "A repeat with the same key has one effect and gets the first answer")
                           String idempotencyKey,
                           @Context SecurityContext security, @Context UriInfo uri, String json) {
        var caller = calls.caller(security, idempotencyKey, "POST", uri.getPath(), json, StageAnswers::render);
        ShipItBody body = calls.body(json, ShipItBody.class);
        return calls.run(caller, c -> fulfilment.shipIt(orderId, body.details(), body.box(), c));
    }
}
