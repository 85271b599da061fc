package io.dearbridge.web.returns;

import io.dearbridge.account.CallerAccounts;
import io.dearbridge.domain.returns.ReturnStatus;
import io.dearbridge.returns.ReturnFilter;
import io.dearbridge.returns.ReturnQueries;
import io.dearbridge.returns.ReturnService;
import io.dearbridge.web.problem.PageBounds;
import io.dearbridge.web.problem.ProblemException;
import io.dearbridge.web.write.WriteCalls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Returns: expected ones (credit notes raised in DEAR) and dock returns, and receiving an expected one. */
@Path("v1/returns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns")
@SecurityRequirement(name = "basic")
@RolesAllowed({"warehouse", "admin"})
public class ReturnResource {

    @Inject
    CallerAccounts accounts;

    static final int MAX_SIZE = 200;

    @Inject
    ReturnQueries returns;

    @Inject
    ReturnService service;

    @Inject
    WriteCalls calls;

    @GET
    @Operation(summary = "List returns, newest first")
    @APIResponse(responseCode = "200", description = "items, page, size, total")
    @APIResponse(responseCode = "400", description = "An unknown status or a page out of range")
    public Response list(@QueryParam("account") @Parameter(description = "DEAR account code") String account,
                         @QueryParam("status") @Parameter(description = "EXPECTED, RECEIVED, CREDITED or CANCELLED")
                         String status,
                         @QueryParam("saleOrderNumber") String saleOrderNumber,
                         @QueryParam("page") @DefaultValue("1") int page,
                         @QueryParam("size") @DefaultValue("50") int size) {
        PageBounds.check(page, size, MAX_SIZE);
        return Response.ok(returns.list(new ReturnFilter(blankToNull(account), parseStatus(status),
                blankToNull(saleOrderNumber), page, size), accounts.scope()).toString()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One return: its lines, what was received, and the DEAR credit note it matches")
    @APIResponse(responseCode = "200", description = "The return")
    @APIResponse(responseCode = "404", description = "No such return")
    public Response get(@PathParam("id") long id) {
        return Response.ok(returns.find(id, accounts.scope()).orElseThrow(() ->
                new ProblemException(Response.Status.NOT_FOUND, "No return " + id + ".")).toString()).build();
    }

    @POST
    @Path("{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive an expected return",
            description = "Lines with SKU, quantity, condition (RESTOCK or WRITE_OFF) and location. DEAR already has "
                    + "the credit note, so none is created; restock is pushed only where DEAR's note lacks it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReturnLinesBody.class)))
    @APIResponse(responseCode = "200", description = "Received; DEAR's credit note covers it (CREDITED)")
    @APIResponse(responseCode = "202", description = "Received; the restock DEAR's note lacks is queued (RECEIVED)")
    @APIResponse(responseCode = "400", description = "SKU not on the credit note, more than it credits, or a missing field")
    @APIResponse(responseCode = "404", description = "No such return")
    @APIResponse(responseCode = "409", description = "The return is not EXPECTED, or the sale was voided")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response receive(@PathParam("id") long id,
                            @HeaderParam(WriteCalls.IDEMPOTENCY_KEY) String idempotencyKey,
                            @Context SecurityContext security, @Context UriInfo uri, String json) {
        var caller = calls.caller(security, idempotencyKey, "POST", uri.getPath(), json, ReturnAnswers::render);
        // Parsed here, not inside the call: that runs in an EJB, which would wrap a ProblemException.
        var lines = calls.body(json, ReturnLinesBody.class).toRequests();
        return calls.run(caller, c -> service.receive(id, lines, c));
    }

    static ReturnStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReturnStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Unknown status '" + status + "'; use one of "
                    + Arrays.toString(ReturnStatus.values()) + ".");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
