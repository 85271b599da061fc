package io.dearbridge.web.returns;

import io.dearbridge.returns.ReturnService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A return that turned up at the dock with no paperwork: the bridge raises its credit note in DEAR. */
@Path("v1/orders/{id}/returns")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns")
@SecurityRequirement(name = "basic")
@RolesAllowed({"warehouse", "admin"})
public class DockReturnResource {

    @Inject
    ReturnService service;

    @Inject
    WriteCalls calls;

    @POST
    @Operation(summary = "Record a dock return",
            description = "Lines with SKU, quantity, condition (RESTOCK or WRITE_OFF) and location. The bridge creates "
                    + "exactly one credit note in DEAR through the outbox, with Restock lines for what goes back to stock.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReturnLinesBody.class)))
    @APIResponse(responseCode = "202", description = "Received; the credit note is queued for DEAR")
    @APIResponse(responseCode = "400", description = "More than shipped less already returned, an unknown SKU, "
            + "a missing field, or a quantity of zero or less; nothing changed")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "The order never shipped or was voided; nothing changed")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response dockReturn(@PathParam("id") long orderId,
                               @HeaderParam(WriteCalls.IDEMPOTENCY_KEY) String idempotencyKey,
                               @Context SecurityContext security, @Context UriInfo uri, String json) {
        var caller = calls.caller(security, idempotencyKey, "POST", uri.getPath(), json, ReturnAnswers::render);
        // Parsed here, not inside the call: that runs in an EJB, which would wrap a ProblemException.
        var lines = calls.body(json, ReturnLinesBody.class).toRequests();
        return calls.run(caller, c -> service.dockReturn(orderId, lines, c));
    }
}
