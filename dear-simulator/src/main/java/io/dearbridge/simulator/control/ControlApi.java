package io.dearbridge.simulator.control;

import io.dearbridge.simulator.account.SimAccount;
import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.app.AccountSpace;
import io.dearbridge.simulator.app.Simulator;
import io.dearbridge.simulator.calls.CallRecord;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.sale.Sale;
import io.dearbridge.simulator.sale.SaleFactory;
import io.dearbridge.simulator.sale.SaleJson;
import io.dearbridge.simulator.throttle.Fault;
import io.dearbridge.simulator.webhook.DeliveryLog;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The control API's behaviour, kept out of the JAX-RS class so it can be tested plainly. Errors are answered with
 * the same Error Model shape as DEAR's (always as an object; 404 for an unknown account or sale).
 */
public final class ControlApi {

    private final Simulator simulator;

    public ControlApi(Simulator simulator) {
        this.simulator = simulator;
    }

    public DearResponse createAccount(Map<String, Object> body) {
        String name = Json.string(body, "name");
        if (name == null || name.isBlank()) {
            return error(400, "name is required");
        }
        String id = orNew(Json.string(body, "accountId"));
        if (simulator.space(id) != null) {
            return error(409, "Account " + id + " already exists");
        }
        AccountSpace space = simulator.add(new SimAccount(name, id, orNew(Json.string(body, "applicationKey"))));
        return DearResponse.json(201, account(space.account()));
    }

    public DearResponse listAccounts() {
        return DearResponse.ok(simulator.spaces().stream().map(s -> account(s.account())).toList());
    }

    public DearResponse addKey(String accountId, Map<String, Object> body) {
        return with(accountId, space -> {
            space.account().addKey(orNew(Json.string(body, "applicationKey")));
            Map<String, Object> m = account(space.account());
            m.put("applicationKeys", space.account().applicationKeys());
            return DearResponse.ok(m);
        });
    }

    public DearResponse settings(String accountId) {
        return with(accountId, space -> DearResponse.ok(space.settings().toJson()));
    }

    public DearResponse updateSettings(String accountId, Map<String, Object> patch) {
        return with(accountId, space -> {
            boolean wasReordering = space.settings().webhookReorder();
            var updated = space.updateSettings(patch);
            if (wasReordering && !updated.webhookReorder()) {
                simulator.dispatcher().flush(space.account().accountId());
            }
            return DearResponse.ok(updated.toJson());
        });
    }

    public DearResponse addFault(String accountId, Map<String, Object> body) {
        return with(accountId, space -> {
            Integer count = Json.integer(body, "count");
            Integer status = Json.integer(body, "status");
            Boolean with200 = Json.bool(body, "with200");
            Boolean storeFirst = Json.bool(body, "storeFirst");
            Integer delayMs = Json.integer(body, "delayMs");
            space.faults().add(new Fault(count == null ? 1 : count, status == null ? 503 : status,
                    Json.string(body, "method"), Json.string(body, "path"), with200 != null && with200,
                    Json.string(body, "body"), storeFirst != null && storeFirst, delayMs == null ? 0 : delayMs));
            return DearResponse.json(201, body);
        });
    }

    public DearResponse clearFaults(String accountId) {
        return with(accountId, space -> {
            space.faults().clear();
            return DearResponse.json(204, null);
        });
    }

    public DearResponse createSale(String accountId, Map<String, Object> body) {
        return with(accountId, space -> {
            Sale sale = simulator.factory().create(space.account().accountId(), space.sales(),
                    body == null ? Map.of() : body);
            return DearResponse.json(201, render(sale));
        });
    }

    /** Sales that predate the webhooks: many at once, in the past, announced to nobody ({@link SaleSeeder}). */
    public DearResponse seedSales(String accountId, Map<String, Object> body) {
        Map<String, Object> spec = body == null ? Map.of() : body;
        return with(accountId, space -> {
            Integer count = Json.integer(spec, "count");
            String age = Json.string(spec, "age");
            Boolean authorise = Json.bool(spec, "authorise");
            Duration ageOf;
            try {
                ageOf = age == null ? Duration.ofDays(30) : Duration.parse(age);
            } catch (DateTimeParseException e) {
                return error(400, "age must be an ISO-8601 duration such as P30D");
            }
            List<Sale> sales = simulator.seeder().seed(space.account().accountId(), space.sales(),
                    count == null ? 1 : count, ageOf, authorise == null || authorise);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", sales.size());
            m.put("saleIds", sales.stream().map(Sale::id).toList());
            return DearResponse.json(201, m);
        });
    }

    /** The DEAR-user actions on one sale; each answers with the sale as {@code GET sale} shows it. */
    public DearResponse saleAction(String accountId, String saleId, String action, Map<String, Object> body) {
        Map<String, Object> spec = body == null ? Map.of() : body;
        return with(accountId, space -> {
            Sale sale = space.sales().get(saleId);
            DearUserActions a = simulator.actions();
            switch (action.toLowerCase()) {
                case "authorise" -> a.lifecycle().authorise(sale, !Boolean.FALSE.equals(Json.bool(spec, "allocate")));
                case "allocate" -> a.lifecycle().allocate(sale);
                case "shipto" -> a.shipTo(sale, spec);
                case "addfulfilment" -> a.addFulfilment(space.sales(), sale);
                case "voidfulfilment" -> a.deleteFulfilment(space.sales(), sale, spec, true);
                case "undofulfilment" -> a.deleteFulfilment(space.sales(), sale, spec, false);
                case "void" -> a.lifecycle().voidSale(sale);
                case "undo" -> a.lifecycle().undo(sale);
                case "backorder" -> a.lifecycle().backorder(sale, quantities(spec));
                case "lines" -> a.lifecycle().replaceLines(sale, SaleFactory.lines(Json.objects(spec, "lines")));
                case "pick" -> a.pick(space.sales(), sale, spec);
                case "pack" -> a.pack(space.sales(), sale, spec);
                case "ship" -> a.ship(space.sales(), sale, spec);
                case "tracking" -> a.tracking(space.sales(), sale, spec);
                case "creditnote" -> a.creditNote(space.sales(), sale, spec);
                case "voidcreditnote" -> a.voidCreditNote(space.sales(), sale, spec);
                case "invoice" -> a.invoice(sale, spec);
                case "touch" -> a.lifecycle().touch(sale);
                case "pay" -> a.pay(sale, spec, space.settings().leakOldRows());
                default -> {
                    return error(404, "Unknown sale action " + action);
                }
            }
            return DearResponse.ok(render(sale));
        });
    }

    /**
     * A bulk change in DEAR: the given sales (default every sale of the account) get one and the same
     * {@code LastModifiedOn}, now, so {@code UpdatedSince} lists old documents again. No webhook fires.
     */
    public DearResponse restamp(String accountId, Map<String, Object> body) {
        Map<String, Object> spec = body == null ? Map.of() : body;
        return with(accountId, space -> {
            Object ids = Json.get(spec, "saleIds");
            List<Sale> sales = ids instanceof List<?> list
                    ? list.stream().map(id -> space.sales().get(String.valueOf(id))).toList()
                    : space.sales().newestFirst();
            java.time.Instant at = simulator.actions().restamp(sales);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", sales.size());
            m.put("updated", io.dearbridge.simulator.time.DearDates.timestamp(at));
            return DearResponse.ok(m);
        });
    }

    public DearResponse getSale(String accountId, String saleId) {
        return with(accountId, space -> DearResponse.ok(render(space.sales().get(saleId))));
    }

    public DearResponse calls(String accountId, long since) {
        return with(accountId, space -> DearResponse.ok(space.calls().since(since).stream()
                .map(CallRecord::toJson).toList()));
    }

    public DearResponse clearCalls(String accountId) {
        return with(accountId, space -> {
            space.calls().clear();
            return DearResponse.json(204, null);
        });
    }

    public DearResponse deliveries(String accountId, long since) {
        return with(accountId, space -> DearResponse.ok(space.deliveries().since(since).stream()
                .map(DeliveryLog.Entry::toJson).toList()));
    }

    public DearResponse clearDeliveries(String accountId) {
        return with(accountId, space -> {
            space.deliveries().clear();
            return DearResponse.json(204, null);
        });
    }

    /** DEAR's Automation module of the account: {@code {"enabled": false}} switches its webhooks off. */
    public DearResponse automation(String accountId) {
        return with(accountId, space -> DearResponse.ok(Map.of("enabled", space.webhooks().automation())));
    }

    public DearResponse setAutomation(String accountId, Map<String, Object> body) {
        Boolean enabled = Json.bool(body, "enabled");
        if (enabled == null) {
            return error(400, "enabled (true or false) is required");
        }
        return with(accountId, space -> {
            space.webhooks().automation(enabled);
            return DearResponse.ok(Map.of("enabled", enabled));
        });
    }

    public DearResponse flushWebhooks(String accountId) {
        return with(accountId, space -> {
            simulator.dispatcher().flush(space.account().accountId());
            return DearResponse.json(204, null);
        });
    }

    public DearResponse locations(String accountId) {
        return with(accountId, space -> DearResponse.ok(StockroomControl.locations(space.stockroom())));
    }

    public DearResponse replaceLocations(String accountId, Map<String, Object> body) {
        return with(accountId, space -> DearResponse.ok(StockroomControl.replaceLocations(space.stockroom(), body)));
    }

    public DearResponse stock(String accountId) {
        return with(accountId, space -> DearResponse.ok(StockroomControl.stock(space.stockroom())));
    }

    public DearResponse setStock(String accountId, Map<String, Object> body) {
        return with(accountId, space -> DearResponse.ok(StockroomControl.setStock(space.stockroom(), body)));
    }

    /** {@code {"type","body"}}: delivers a body the test wrote to the type's subscriptions, with DEAR's retries. */
    public DearResponse sendWebhook(String accountId, Map<String, Object> body) {
        return with(accountId, space -> {
            String type = Json.string(body, "type");
            Object payload = Json.get(body, "body");
            if (type == null || type.isBlank() || !(payload instanceof Map<?, ?>)) {
                return error(400, "type and an object body are required");
            }
            simulator.dispatcher().send(space.account().accountId(), type, Json.asObject(payload, "body"));
            return DearResponse.json(202, body);
        });
    }

    /** Raises a purchase order as a DEAR user enters it ({@link io.dearbridge.simulator.purchase.PurchaseFactory}). */
    public DearResponse createPurchase(String accountId, Map<String, Object> body) {
        return with(accountId, space -> new PurchaseControl(simulator).create(space, body == null ? Map.of() : body));
    }

    public DearResponse listPurchases(String accountId) {
        return with(accountId, space -> new PurchaseControl(simulator).list(space));
    }

    public DearResponse getPurchase(String accountId, String purchaseId) {
        return with(accountId, space -> new PurchaseControl(simulator).get(space, purchaseId));
    }

    /** A DEAR user's action on a purchase: authorise, invoice, receive, convert, void, undo, pay. */
    public DearResponse purchaseAction(String accountId, String purchaseId, String action, Map<String, Object> body) {
        return with(accountId, space -> new PurchaseControl(simulator).act(space, purchaseId, action,
                body == null ? Map.of() : body));
    }

    public DearResponse touchPurchases(String accountId, Map<String, Object> body) {
        return with(accountId, space -> new PurchaseControl(simulator).touch(space, body == null ? Map.of() : body));
    }

    public DearResponse reset() {
        simulator.reset();
        return DearResponse.json(204, null);
    }

    private static Map<String, BigDecimal> quantities(Map<String, Object> spec) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Map<String, Object> l : Json.objects(spec, "lines")) {
            BigDecimal q = Json.decimal(l, "quantity");
            m.put(Json.string(l, "sku"), q == null ? BigDecimal.ONE : q);
        }
        if (m.isEmpty()) {
            throw DearException.badRequest("lines are required");
        }
        return m;
    }

    private static Map<String, Object> render(Sale sale) {
        synchronized (sale) {
            return SaleJson.sale(sale);
        }
    }

    private DearResponse with(String accountId, java.util.function.Function<AccountSpace, DearResponse> action) {
        AccountSpace space = simulator.space(accountId);
        if (space == null) {
            return error(404, "Unknown account " + accountId);
        }
        try {
            return action.apply(space);
        } catch (DearException e) {
            return error(e.status(), e.getMessage());
        }
    }

    private static Map<String, Object> account(SimAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("accountId", a.accountId());
        m.put("applicationKey", a.applicationKey());
        return m;
    }

    static DearResponse error(int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ErrorCode", status);
        m.put("Exception", message);
        return DearResponse.json(status, m);
    }

    private static String orNew(String id) {
        return id == null || id.isBlank() ? UUID.randomUUID().toString() : id.trim();
    }

}
