package io.dearbridge.web.fulfilment;

import io.dearbridge.fulfilment.FulfilmentService;
import io.dearbridge.web.write.WriteCalls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("v1/orders/{id}/shipments")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fulfilment")
@SecurityRequirement(name = "basic")
@RolesAllowed({"warehouse", "admin"})
public class ShipmentResource {

    @Inject
    FulfilmentService fulfilment;

    @Inject
    WriteCalls calls;

    @POST
    @Operation(summary = "Record a shipment",
            description = "Ship date, carrier, tracking number and URL, and the boxes (every box of the packed "
                    + "fulfilment; all of them when left out). DEAR is told through the outbox.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ShipmentBody.class)))
    @APIResponse(responseCode = "202", description = "Recorded; the DEAR command is queued; shipmentId names it",
            content = @Content(schema = @Schema(implementation = StageReceipt.class)))
    @APIResponse(responseCode = "400", description = "Missing ship date or carrier, or a box that was not packed; nothing changed")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "Nothing packed awaits shipping, or the order is cancelled or on hold")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response ship(@PathParam("id") long orderId,
                         @HeaderParam(WriteCalls.IDEMPOTENCY_KEY)
                         @Parameter(description = "A repeat with the same key has one effect and gets the first answer")
                         String idempotencyKey,
                         @Context SecurityContext security, @Context UriInfo uri, String json) {
        var caller = calls.caller(security, idempotencyKey, "POST", uri.getPath(), json, StageAnswers::render);
        ShipmentBody body = calls.body(json, ShipmentBody.class);
        return calls.run(caller, c -> fulfilment.ship(orderId, body.details(), body.boxes(), c));
    }

    @PUT
    @Path("{shipmentId}/tracking")
    @Operation(summary = "Add or change the tracking of a shipment",
            description = "Sent to DEAR as PUT sale/fulfilment/ship with AddTrackingNumbers. The same tracking "
                    + "again changes nothing and calls DEAR not at all.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TrackingBody.class)))
    @APIResponse(responseCode = "202", description = "Recorded; the DEAR command is queued",
            content = @Content(schema = @Schema(implementation = StageReceipt.class)))
    @APIResponse(responseCode = "200", description = "Same tracking as before: nothing changed")
    @APIResponse(responseCode = "400", description = "Missing tracking number")
    @APIResponse(responseCode = "404", description = "No such order or shipment")
    @APIResponse(responseCode = "409", description = "The order is cancelled or on hold")
    public Response tracking(@PathParam("id") long orderId, @PathParam("shipmentId") long shipmentId,
                             @Context SecurityContext security, @Context UriInfo uri, String json) {
        var caller = calls.caller(security, null, "PUT", uri.getPath(), json, StageAnswers::render);
        TrackingBody body = calls.body(json, TrackingBody.class);
        return calls.run(caller, c -> fulfilment.tracking(orderId, shipmentId, LineBody.trim(body.carrier()),
                LineBody.trim(body.trackingNumber()), LineBody.trim(body.trackingUrl()), c));
    }
}
