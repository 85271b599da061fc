package io.dearbridge.web.order;

import io.dearbridge.account.CallerAccounts;
import io.dearbridge.domain.order.OrderStatus;
import io.dearbridge.order.OrderFilter;
import io.dearbridge.order.OrderPage;
import io.dearbridge.order.OrderQueries;
import io.dearbridge.web.problem.PageBounds;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = "basic")
@RolesAllowed({"warehouse", "admin", "viewer"})
public class OrderResource {

    static final int MAX_SIZE = 200;

    @Inject
    OrderQueries orders;

    @Inject
    CallerAccounts accounts;

    @GET
    @Operation(summary = "List orders, newest first")
    @APIResponse(responseCode = "200", description = "A page of orders")
    @APIResponse(responseCode = "400", description = "An unknown status or a page out of range")
    public OrderListView list(@QueryParam("account") @Parameter(description = "DEAR account code") String account,
                              @QueryParam("status") @Parameter(description = "AWAITING_PICK, PICKING, PACKED, "
                                      + "PARTIALLY_SHIPPED, SHIPPED, WAITING, WAITING_PAYMENT, NOTHING_TO_PICK, ON_HOLD"
                                      + " or CANCELLED") String status,
                              @QueryParam("saleOrderNumber") String saleOrderNumber,
                              @QueryParam("flag") @Parameter(description = "stuck: only orders flagged as waiting"
                                      + " too long in their stage") String flag,
                              @QueryParam("page") @DefaultValue("1") int page,
                              @QueryParam("size") @DefaultValue("50") int size) {
        PageBounds.check(page, size, MAX_SIZE);
        if (flag != null && !flag.isBlank() && !flag.equals("stuck")) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "flag can only be 'stuck'.");
        }
        OrderPage result = orders.list(new OrderFilter(blankToNull(account), parseStatus(status),
                blankToNull(saleOrderNumber), "stuck".equals(flag), page, size), accounts.scope());
        return new OrderListView(result.orders().stream().map(OrderView::of).toList(), result.page(), result.size(),
                result.total(), result.totalEstimated());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order with its lines, address, fulfilments, timeline and the DEAR writes not done yet")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No such order")
    public OrderView get(@PathParam("id") long id) {
        return orders.find(id, accounts.scope()).map(order -> OrderView.of(order, orders.openCommands(id))).orElseThrow(() ->
                new ProblemException(Response.Status.NOT_FOUND, "No order " + id + "."));
    }

    private static OrderStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Unknown status '" + status + "'; use one of "
                    + Arrays.toString(OrderStatus.values()) + ".");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
