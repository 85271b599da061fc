package io.dearbridge.simulator.api;

import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.purchase.PurchaseListQuery;
import io.dearbridge.simulator.purchase.PurchaseService;
import java.util.Map;

/**
 * DEAR's purchase endpoints (shared/dear-api/PURCHASES.md §2). They go through the same router as the sale endpoints,
 * so credentials, throttling, bursts, faults and errors inside a 200 apply to them alike. Verbs not listed get the
 * account's unsupported-verb answer; {@code PUT purchase/stock} answers the 405 the live account gave (§2).
 */
public final class PurchaseEndpoints {

    private PurchaseEndpoints() {
    }

    public static void add(DearRoutes r, PurchaseService s) {
        r.add("purchase", "GET", (space, req) -> s.getSimple(space.purchases(), req.param("ID")));
        r.add("purchase", "DELETE", (space, req) -> s.deletePurchase(space.purchases(), space.stockroom(),
                req.param("ID"), Boolean.parseBoolean(req.param("Void")), false));
        r.add("advanced-purchase", "GET", (space, req) -> s.getAdvanced(space.purchases(), req.param("ID")));
        r.add("advanced-purchase", "DELETE", (space, req) -> s.deletePurchase(space.purchases(), space.stockroom(),
                req.param("ID"), Boolean.parseBoolean(req.param("Void")), true));
        r.add("purchaseList", "GET", (space, req) -> PurchaseListQuery.run(space.purchases(), req));
        r.add("purchaseCreditNoteList", "GET", (space, req) -> PurchaseListQuery.runCreditNotes(space.purchases(),
                req));

        r.add("purchase/order", "GET", (space, req) -> s.getOrder(space.purchases(), req.param("TaskID")));
        r.add("purchase/stock", "GET", (space, req) -> s.getSimpleStock(space.purchases(), req.param("TaskID")));
        r.add("purchase/stock", "POST", (space, req) -> s.writeSimpleStock(space.purchases(), space.stockroom(),
                body(req)));
        r.add("purchase/stock", "PUT", (space, req) -> {
            throw new DearException(405, "The requested resource does not support http method 'PUT'.");
        });
        r.add("purchase/invoice", "GET", (space, req) -> s.getSimpleInvoice(space.purchases(), req.param("TaskID")));
        r.add("purchase/creditnote", "GET", (space, req) -> s.getSimpleCreditNote(space.purchases(),
                req.param("TaskID")));
        r.add("purchase/creditnote", "POST", (space, req) -> s.writeSimpleCreditNote(space.purchases(),
                space.stockroom(), body(req)));

        r.add("advanced-purchase/stock", "GET", (space, req) -> s.getAdvancedStage(space.purchases(),
                req.param("PurchaseID"), "stock"));
        r.add("advanced-purchase/stock", "POST", (space, req) -> s.writeAdvancedStock(space.purchases(),
                space.stockroom(), body(req), false));
        r.add("advanced-purchase/stock", "PUT", (space, req) -> s.writeAdvancedStock(space.purchases(),
                space.stockroom(), body(req), true));
        r.add("advanced-purchase/stock", "DELETE", (space, req) -> s.deleteAdvancedStock(space.purchases(),
                space.stockroom(), req.param("TaskID"), Boolean.parseBoolean(req.param("Void"))));
        r.add("advanced-purchase/put-away", "GET", (space, req) -> s.getAdvancedStage(space.purchases(),
                req.param("PurchaseID"), "put-away"));
        r.add("advanced-purchase/put-away", "POST", (space, req) -> s.writePutAway(space.purchases(),
                space.stockroom(), body(req)));
        r.add("advanced-purchase/invoice", "GET", (space, req) -> s.getAdvancedStage(space.purchases(),
                req.param("PurchaseID"), "invoice"));
        r.add("advanced-purchase/creditnote", "GET", (space, req) -> s.getAdvancedStage(space.purchases(),
                req.param("PurchaseID"), "creditnote"));
        r.add("advanced-purchase/creditnote", "POST", (space, req) -> s.writeAdvancedCreditNote(space.purchases(),
                space.stockroom(), body(req)));
        r.add("advanced-purchase/creditnote", "DELETE", (space, req) -> s.voidAdvancedCreditNote(space.purchases(),
                space.stockroom(), req.param("TaskID")));
    }

    private static Map<String, Object> body(DearRequest req) {
        Object body = req.body().get();
        if (body == null) {
            throw DearException.badRequest("Request body is required.");
        }
        return Json.asObject(body, "Request body");
    }
}
