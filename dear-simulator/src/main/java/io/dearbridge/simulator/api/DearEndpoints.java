package io.dearbridge.simulator.api;

import io.dearbridge.simulator.creditnote.CreditNoteService;
import io.dearbridge.simulator.fulfilment.FulfilmentService;
import io.dearbridge.simulator.fulfilment.Stage;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.sale.Sale;
import io.dearbridge.simulator.sale.SaleJson;
import io.dearbridge.simulator.sale.SaleLifecycle;
import io.dearbridge.simulator.sale.SaleListQuery;
import io.dearbridge.simulator.webhook.WebhookSubscription;
import java.util.List;
import java.util.Map;

/** The DEAR endpoints the simulator serves and which verbs each accepts; every other verb is "unsupported". */
public final class DearEndpoints {

    private DearEndpoints() {
    }

    public static DearRoutes routes(SaleLifecycle lifecycle, FulfilmentService fulfilments, CreditNoteService notes) {
        DearRoutes r = new DearRoutes();
        r.add("me", "GET", (space, req) -> me(space.account().name()));

        r.add("sale", "GET", (space, req) -> {
            Sale sale = space.sales().get(req.param("ID"));
            synchronized (sale) {
                return SaleJson.sale(sale);
            }
        });
        r.add("sale", "DELETE", (space, req) -> {
            Sale sale = space.sales().get(req.param("ID"));
            if (Boolean.parseBoolean(req.param("Void"))) {
                lifecycle.voidSale(sale);
            } else {
                lifecycle.undo(sale);
            }
            synchronized (sale) {
                return SaleJson.sale(sale);
            }
        });
        r.add("saleList", "GET", (space, req) -> SaleListQuery.run(space.sales(), req,
                space.settings().leakOldRows()));

        r.add("sale/fulfilment", "GET", (space, req) -> fulfilments.list(space.sales(), req.param("SaleID")));
        r.add("sale/fulfilment", "POST", (space, req) -> fulfilments.create(space.sales(), body(req)));
        r.add("sale/fulfilment", "DELETE", (space, req) -> fulfilments.delete(space.sales(), req.param("TaskID"),
                Boolean.parseBoolean(req.param("Void"))));
        for (Stage stage : Stage.values()) {
            String path = "sale/fulfilment/" + stage.name().toLowerCase();
            r.add(path, "GET", (space, req) -> fulfilments.getStage(space.sales(), req.param("TaskID"), stage));
            for (String verb : List.of("POST", "PUT")) {
                boolean put = verb.equals("PUT");
                r.add(path, verb, (space, req) -> switch (stage) {
                    case PICK -> fulfilments.pick(space.sales(), body(req));
                    case PACK -> fulfilments.pack(space.sales(), body(req));
                    case SHIP -> fulfilments.ship(space.sales(), body(req), put);
                });
            }
        }

        r.add("sale/creditnote", "GET", (space, req) -> notes.list(space.sales(), req.param("SaleID")));
        r.add("sale/creditnote", "POST", (space, req) -> notes.write(space.sales(), body(req)));
        r.add("sale/creditnote", "DELETE", (space, req) -> notes.delete(space.sales(), req.param("TaskID"),
                Boolean.parseBoolean(req.param("Void"))));

        r.add("stockadjustment", "POST", (space, req) -> space.stockroom().adjustments()
                .create(space.stockroom(), body(req)));
        r.add("stockadjustment", "GET", (space, req) -> space.stockroom().adjustments().get(req.param("TaskID")));
        r.add("stockadjustmentList", "GET", (space, req) -> space.stockroom().adjustments().list(
                LocationList.positive(req.param("Page"), 1, "Page"), LocationList.positive(req.param("Limit"), 100,
                        "Limit"), req.param("Status")));

        r.add("ref/location", "GET", (space, req) -> LocationList.page(space.stockroom().locations(), req));

        // Without the Automation module every webhook call is refused (docs/dear-api.md §2.1).
        r.add("webhooks", "GET", (space, req) -> {
            space.webhooks().requireAutomation();
            return webhooks(space.webhooks().all());
        });
        r.add("webhooks", "POST", (space, req) -> {
            space.webhooks().requireAutomation();
            return webhooks(List.of(space.webhooks().create(body(req))));
        });
        r.add("webhooks", "PUT", (space, req) -> {
            space.webhooks().requireAutomation();
            return webhooks(List.of(space.webhooks().replace(body(req))));
        });
        r.add("webhooks", "DELETE", (space, req) -> {
            space.webhooks().requireAutomation();
            space.webhooks().delete(req.param("ID"));
            return webhooks(List.of());
        });
        return r;
    }

    private static Map<String, Object> body(DearRequest req) {
        Object body = req.body().get();
        if (body == null) {
            throw DearException.badRequest("Request body is required.");
        }
        return Json.asObject(body, "Request body");
    }

    private static Map<String, Object> webhooks(List<WebhookSubscription> subs) {
        Map<String, Object> m = Json.object();
        m.put("Webhooks", subs.stream().map(WebhookSubscription::toJson).toList());
        return m;
    }

    private static Map<String, Object> me(String company) {
        Map<String, Object> m = Json.object();
        m.put("Company", company);
        m.put("Currency", "AUD");
        m.put("TimeZone", "AUS Eastern Standard Time");
        m.put("DefaultSaleAccount", "200");
        m.put("DefaultPurchaseAccount", "300");
        m.put("DefaultInventoryAccount", "630");
        m.put("DefaultCOGSAccount", "310");
        return m;
    }
}
