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

@Path("v1/orders/{id}/picks")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment")
@SecurityRequirement(name = "basic")
@RolesAllowed({"warehouse", "admin"})
public class PickResource {

    @Inject
    FulfilmentService fulfilment;

    @Inject
    WriteCalls calls;

    @POST
    @Operation(summary = "Record a pick",
            description = "Lines with SKU, quantity, location or bin, batch or serial, and expiry. The pick goes to "
                    + "the first fulfilment without one; when every fulfilment has its pick, a further DEAR "
                    + "fulfilment is created first (a partial shipment; the sale becomes an Advanced Sale). "
                    + "DEAR is told through the outbox.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LinesBody.class)))
    @APIResponse(responseCode = "202", description = "Recorded; the DEAR commands are queued",
            content = @Content(schema = @Schema(implementation = StageReceipt.class)))
    @APIResponse(responseCode = "400", description = "Unknown SKU, quantity above what remains, or a missing field; nothing changed")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "The order is cancelled or on hold; nothing changed")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response pick(@PathParam("id") long orderId,
                         @HeaderParam(WriteCalls.IDEMPOTENCY_KEY)
                         @Parameter(description = "A repeat with the same key has one effect and gets the first answer")
                         String idempotencyKey,
                         @Context SecurityContext security, @Context UriInfo uri, String json) {
        var caller = calls.caller(security, idempotencyKey, "POST", uri.getPath(), json, StageAnswers::render);
        LinesBody body = calls.body(json, LinesBody.class);
        return calls.run(caller, c -> fulfilment.pick(orderId, body.toLines(), c));
    }
}
