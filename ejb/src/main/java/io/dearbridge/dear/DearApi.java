package io.dearbridge.dear;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The DEAR endpoints the bridge uses, as a MicroProfile Rest Client (docs/dear-api.md §3–§6, §2.2). Methods take
 * pre-serialised bodies and return the raw {@link Response}: DEAR can put an error into a 200 or wrap it in
 * an array, so {@link DearResponses} reads every body with the one DEAR-configured mapper instead of letting
 * the client's JSON-B guess. Built per account by {@link DearClients}; never injected.
 */

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DearApi {

    @GET
    @Path("me")
    Response me();

    @GET
    @Path("sale")
    Response sale(@QueryParam("ID") String saleId);

    /** {@code Void=true} voids the sale for good, {@code false} undoes it back to draft (docs/dear-api.md §5). */
    @DELETE
    @Path("sale")
    Response deleteSale(@QueryParam("ID") String saleId, @QueryParam("Void") boolean voidSale);

    @GET
    @Path("saleList")
    Response saleList(@QueryParam("Page") Integer page,
                      @QueryParam("Limit") Integer limit,
                      @QueryParam("UpdatedSince") String updatedSince,
                      @QueryParam("Search") String search,
                      @QueryParam("OrderStatus") String orderStatus,
                      @QueryParam("Status") String status,
                      @QueryParam("CombinedPickStatus") String combinedPickStatus,
                      @QueryParam("CombinedPackStatus") String combinedPackStatus,
                      @QueryParam("CombinedShippingStatus") String combinedShippingStatus,
                      @QueryParam("OrderLocationID") String orderLocationId,
                      @QueryParam("ReadyForShipping") Boolean readyForShipping);

    @GET
    @Path("sale/fulfilment")
    Response fulfilments(@QueryParam("SaleID") String saleId);

    @POST
    @Path("sale/fulfilment")
    Response createFulfilment(String body);

    @DELETE
    @Path("sale/fulfilment")
    Response deleteFulfilment(@QueryParam("TaskID") String taskId, @QueryParam("Void") boolean voidFulfilment);

    /** {@code stage} is {@code pick}, {@code pack} or {@code ship} ({@link FulfilmentStage}). */
    @GET
    @Path("sale/fulfilment/{stage}")
    Response stage(@PathParam("stage") String stage, @QueryParam("TaskID") String taskId);

    @POST
    @Path("sale/fulfilment/{stage}")
    Response postStage(@PathParam("stage") String stage, String body);

    @PUT
    @Path("sale/fulfilment/{stage}")
    Response putStage(@PathParam("stage") String stage, String body);

    @GET
    @Path("sale/creditnote")
    Response creditNotes(@QueryParam("SaleID") String saleId);

    @POST
    @Path("sale/creditnote")
    Response createCreditNote(String body);

    @POST
    @Path("stockadjustment")
    Response createStockAdjustment(String body);

    @GET
    @Path("stockadjustmentList")
    Response stockAdjustments(@QueryParam("Page") int page, @QueryParam("Limit") int limit,
                              @QueryParam("Status") String status);

    @GET
    @Path("webhooks")
    Response webhooks();

    @POST
    @Path("webhooks")
    Response createWebhook(String body);

    @PUT
    @Path("webhooks")
    Response replaceWebhook(String body);

    @DELETE
    @Path("webhooks")
    Response deleteWebhook(@QueryParam("ID") String webhookId);

    // --- purchases: reads (receiving) ---

    @GET
    @Path("purchase")
    Response purchase(@QueryParam("ID") String purchaseId);

    @GET
    @Path("advanced-purchase")
    Response advancedPurchase(@QueryParam("ID") String purchaseId);

    /** {@code StockReceivedStatus} is the filter that works; the documented {@code RestockReceivedStatus} is ignored. */
    @GET
    @Path("purchaseList")
    Response purchaseList(@QueryParam("Page") Integer page,
                          @QueryParam("Limit") Integer limit,
                          @QueryParam("UpdatedSince") String updatedSince,
                          @QueryParam("Search") String search,
                          @QueryParam("Status") String status);

    // --- receiving writes (PURCHASES.md §2.5–§2.9, §3, §6): stock received, put-away, purchase credit notes -----

    @GET
    @Path("purchase/stock")
    Response purchaseStock(@QueryParam("TaskID") String purchaseId);

    @POST
    @Path("purchase/stock")
    Response postPurchaseStock(String body);

    @GET
    @Path("advanced-purchase/stock")
    Response advancedPurchaseStock(@QueryParam("PurchaseID") String purchaseId);

    @POST
    @Path("advanced-purchase/stock")
    Response postAdvancedPurchaseStock(String body);

    @GET
    @Path("advanced-purchase/put-away")
    Response advancedPurchasePutAway(@QueryParam("PurchaseID") String purchaseId);

    @POST
    @Path("advanced-purchase/put-away")
    Response postAdvancedPurchasePutAway(String body);

    @GET
    @Path("purchase/creditnote")
    Response purchaseCreditNote(@QueryParam("TaskID") String purchaseId);

    @POST
    @Path("purchase/creditnote")
    Response postPurchaseCreditNote(String body);

    @GET
    @Path("advanced-purchase/creditnote")
    Response advancedPurchaseCreditNotes(@QueryParam("PurchaseID") String purchaseId);

    @POST
    @Path("advanced-purchase/creditnote")
    Response postAdvancedPurchaseCreditNote(String body);
}
