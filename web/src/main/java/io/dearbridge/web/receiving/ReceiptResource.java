package io.dearbridge.web.receiving;

import io.dearbridge.account.CallerAccounts;
import io.dearbridge.web.problem.PageBounds;
import io.dearbridge.domain.receiving.ReceiptStatus;
import io.dearbridge.receiving.ReceiptFilter;
import io.dearbridge.receiving.ReceiptPage;
import io.dearbridge.receiving.ReceiptQueries;
import io.dearbridge.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Expected receipts (DEAR purchase orders) as the warehouse reads them (docs/receiving.md). */
@Path("v1/receipts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Receipts")
@SecurityRequirement(name = "basic")
@RolesAllowed({"warehouse", "admin"})
public class ReceiptResource {

    static final int MAX_SIZE = 200;

    @Inject
    ReceiptQueries receipts;

    @Inject
    CallerAccounts accounts;

    @GET
    @Operation(summary = "List expected receipts, newest first")
    @APIResponse(responseCode = "200", description = "A page of receipts")
    @APIResponse(responseCode = "400", description = "An unknown status or a page out of range")
    public ReceiptListView list(@QueryParam("account") @Parameter(description = "DEAR account code") String account,
                                @QueryParam("status") @Parameter(description = "EXPECTED, PARTLY_RECEIVED,"
                                        + " WAITING_INVOICE, RECEIVED, CLOSED or CANCELLED") String status,
                                @QueryParam("purchaseOrderNumber") @Parameter(description = "DEAR's order number,"
                                        + " exactly (PO-…)") String purchaseOrderNumber,
                                @QueryParam("page") @DefaultValue("1") int page,
                                @QueryParam("size") @DefaultValue("50") int size) {
        PageBounds.check(page, size, MAX_SIZE);
        ReceiptPage result = receipts.list(new ReceiptFilter(blankToNull(account), parseStatus(status),
                blankToNull(purchaseOrderNumber), page, size), accounts.scope());
        return new ReceiptListView(result.receipts().stream().map(ReceiptView::of).toList(), result.page(),
                result.size(), result.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One receipt: its lines (ordered, received, remaining), arrivals, supplier returns and"
            + " DEAR's view of the purchase's stock")
    @APIResponse(responseCode = "200", description = "The receipt")
    @APIResponse(responseCode = "404", description = "No such receipt")
    public ReceiptView get(@PathParam("id") long id) {
        return receipts.find(id, accounts.scope()).map(ReceiptView::of).orElseThrow(() ->
                new ProblemException(Response.Status.NOT_FOUND, "No receipt " + id + "."));
    }

    private static ReceiptStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReceiptStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Unknown status '" + status + "'; use one of "
                    + Arrays.toString(ReceiptStatus.values()) + ".");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
