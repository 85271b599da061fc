package io.dearbridge.web.receiving;

import io.dearbridge.receiving.ArrivalRecorded;
import io.dearbridge.receiving.ArrivalService;
import io.dearbridge.receiving.SupplierReturnService;
import io.dearbridge.web.write.WriteCalls;
import io.dearbridge.write.Answer;
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

/**
 * The warehouse's writes on a receipt: an arrival (stock received, and put away, in DEAR) and a return to the
 * supplier (a DEAR purchase credit note). Both answer 202 and reach DEAR through the outbox; a refusal is
 * problem+json and changes nothing; an {@code Idempotency-Key} makes a repeat get the first answer.
 */
@Path("v1/receipts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Receipts")
@SecurityRequirement(name = "basic")
@RolesAllowed({"warehouse", "admin"})
public class ArrivalResource {

    @Inject
    ArrivalService arrivals;

    @Inject
    SupplierReturnService supplierReturns;

    @Inject
    WriteCalls calls;

    @POST
    @Path("{id}/arrivals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record goods received against a receipt",
            description = "Lines with SKU, quantity, the warehouse's location (mapped through the account's"
                    + " location-map), batch and expiry. Sent to DEAR through the outbox: Simple purchase, DRAFT stock"
                    + " received per DEAR place then one authorise; Advanced, stock received on a receiving task of its"
                    + " own, then put away to the bins. On an Invoice-first purchase without an authorised invoice the"
                    + " arrival waits (WAITING_INVOICE). A second delivery on a Simple purchase DEAR already authorised"
                    + " is held for an operator; the bridge never converts a purchase.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArrivalLinesBody.class)))
    @APIResponse(responseCode = "202", description = "Recorded; its DEAR push is queued")
    @APIResponse(responseCode = "400", description = "Unknown SKU, over-receipt, unknown location, or a missing field")
    @APIResponse(responseCode = "404", description = "No such receipt")
    @APIResponse(responseCode = "409", description = "The receipt is cancelled or closed")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response arrive(@PathParam("id") long id,
                           @HeaderParam(WriteCalls.IDEMPOTENCY_KEY) String idempotencyKey,
                           @Context SecurityContext security, @Context UriInfo uri, String json) {
        var caller = calls.caller(security, idempotencyKey, "POST", uri.getPath(), json, ArrivalResource::render);
        // Parsed here, not inside the call: that runs in an EJB, which would wrap a ProblemException.
        var lines = calls.body(json, ArrivalLinesBody.class).toRequests();
        return calls.run(caller, c -> arrivals.arrive(id, lines, c));
    }

    @POST
    @Path("{id}/supplier-returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send received goods back to the supplier",
            description = "Lines with SKU, quantity and reason. DEAR gets one purchase credit note whose Unstock lines"
                    + " quote the CardIDs of the received stock, once its invoice is authorised (until then the"
                    + " return waits, WAITING_INVOICE).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SupplierReturnLinesBody.class)))
    @APIResponse(responseCode = "202", description = "Recorded; its purchase credit note is queued")
    @APIResponse(responseCode = "400", description = "A SKU not received, more than received, or a missing field")
    @APIResponse(responseCode = "404", description = "No such receipt")
    @APIResponse(responseCode = "409", description = "The receipt is cancelled")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response supplierReturn(@PathParam("id") long id,
                                   @HeaderParam(WriteCalls.IDEMPOTENCY_KEY) String idempotencyKey,
                                   @Context SecurityContext security, @Context UriInfo uri, String json) {
        var caller = calls.caller(security, idempotencyKey, "POST", uri.getPath(), json, ArrivalResource::render);
        var lines = calls.body(json, SupplierReturnLinesBody.class).toRequests();
        return calls.run(caller, c -> supplierReturns.supplierReturn(id, lines, c));
    }

    static Answer render(ArrivalRecorded recorded) {
        return new Answer(recorded.queued() ? 202 : 200, recorded.json(), false);
    }
}
