package io.dearbridge.simulator.control;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.app.AccountSpace;
import io.dearbridge.simulator.app.Simulator;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.purchase.Purchase;
import io.dearbridge.simulator.purchase.PurchaseCreditNote;
import io.dearbridge.simulator.purchase.PurchaseJson;
import io.dearbridge.simulator.purchase.PurchaseLine;
import io.dearbridge.simulator.purchase.PurchaseRollup;
import io.dearbridge.simulator.purchase.PurchaseTask;
import io.dearbridge.simulator.purchase.ReceivedLine;
import io.dearbridge.simulator.sale.Catalogue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The control API's purchase part: raise purchase orders, act as a DEAR user on them, and read back what the
 * simulator holds (notes/sim-purchases.md lists every call). Answers are snapshots: the DEAR document in its current
 * shape under {@code document}, plus every task's lines with CardIDs and every credit note.
 */
final class PurchaseControl {

    private final Simulator simulator;

    PurchaseControl(Simulator simulator) {
        this.simulator = simulator;
    }

    DearResponse create(AccountSpace space, Map<String, Object> spec) {
        Purchase p = simulator.purchaseFactory().create(space.account().accountId(), space.purchases(),
                space.stockroom().locations(), spec);
        return DearResponse.json(201, snapshot(p));
    }

    DearResponse list(AccountSpace space) {
        return DearResponse.ok(space.purchases().oldestFirst().stream().map(PurchaseControl::snapshot).toList());
    }

    DearResponse get(AccountSpace space, String id) {
        return DearResponse.ok(snapshot(space.purchases().get(id, "ID")));
    }

    DearResponse act(AccountSpace space, String id, String action, Map<String, Object> spec) {
        Purchase p = space.purchases().get(id, "ID");
        var service = simulator.purchases();
        switch (action.toLowerCase()) {
            case "authorise" -> service.authoriseOrder(p);
            case "invoice" -> service.authoriseInvoice(p, Json.string(spec, "taskId"), lines(spec));
            case "receive" -> simulator.purchaseActions().receive(space.purchases(), p, space.stockroom(), spec);
            case "convert" -> service.convert(p);
            case "void" -> service.deletePurchase(space.purchases(), space.stockroom(), p.id(), true, true);
            case "undo" -> service.deletePurchase(space.purchases(), space.stockroom(), p.id(), false, true);
            case "pay" -> service.pay(p, simulator.purchases().clock().now());
            default -> {
                return ControlApi.error(404, "Unknown purchase action " + action);
            }
        }
        return DearResponse.ok(snapshot(p));
    }

    /**
     * The pitfall of PURCHASES.md §2.3: payment processing touches old purchases. Every given purchase (default: every
     * one of the account that is not voided) is paid and gets one and the same LastUpdatedDate, now; no webhook fires
     * and nothing a warehouse cares about changes.
     */
    DearResponse touch(AccountSpace space, Map<String, Object> spec) {
        Object ids = Json.get(spec, "purchaseIds");
        List<Purchase> all = ids instanceof List<?> list
                ? list.stream().map(i -> space.purchases().get(String.valueOf(i), "ID")).toList()
                : space.purchases().oldestFirst().stream().filter(p -> {
                    synchronized (p) {
                        return !p.voided();
                    }
                }).toList();
        Instant at = simulator.purchases().clock().now();
        for (Purchase p : all) {
            simulator.purchases().pay(p, at);
        }
        Map<String, Object> m = Json.object();
        m.put("count", all.size());
        m.put("lastUpdatedDate", PurchaseJson.updated(at));
        return DearResponse.ok(m);
    }

    static Map<String, Object> snapshot(Purchase p) {
        synchronized (p) {
            Map<String, Object> m = Json.object();
            m.put("id", p.id());
            m.put("orderNumber", p.orderNumber());
            m.put("type", p.type());
            m.put("approach", p.approach());
            m.put("status", PurchaseRollup.status(p));
            m.put("orderStatus", p.orderStatus());
            m.put("orderTaskId", p.simple() ? p.id() : p.orderTaskId());
            m.put("location", p.location());
            m.put("dropShipTaskId", p.dropShipTaskId());
            m.put("serviceOnly", p.service());
            m.put("combinedReceivingStatus", PurchaseRollup.combinedReceiving(p));
            m.put("lastUpdatedDate", PurchaseJson.updated(p.lastUpdated()));
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (PurchaseTask t : p.tasks()) {
                Map<String, Object> task = Json.object();
                task.put("taskId", t.taskId());
                task.put("number", t.number());
                task.put("stockStatus", t.stockStatus());
                task.put("stockLines", lines(t.stockLines()));
                task.put("putAwayStatus", t.putAwayStatus());
                task.put("putAwayLines", lines(t.putAwayLines()));
                task.put("invoiceStatus", t.invoiceStatus());
                task.put("invoiceNumber", t.invoiceNumber());
                tasks.add(task);
            }
            m.put("tasks", tasks);
            List<Map<String, Object>> notes = new ArrayList<>();
            for (PurchaseCreditNote c : p.creditNotes()) {
                Map<String, Object> note = Json.object();
                note.put("taskId", c.taskId());
                note.put("creditNoteNumber", c.number());
                note.put("invoiceNumber", c.invoiceNumber());
                note.put("status", c.status());
                note.put("lines", c.lines());
                note.put("unstock", c.unstock().stream().map(u -> {
                    Map<String, Object> l = Json.object();
                    l.put("cardId", u.card().cardId());
                    l.put("sku", u.card().sku());
                    l.put("quantity", u.quantity());
                    l.put("location", u.card().location());
                    l.put("batch", u.card().batch());
                    return l;
                }).toList());
                notes.add(note);
            }
            m.put("creditNotes", notes);
            m.put("document", p.simple() ? PurchaseJson.simple(p) : PurchaseJson.advanced(p));
            return m;
        }
    }

    private static List<Map<String, Object>> lines(List<ReceivedLine> lines) {
        return lines.stream().map(l -> {
            Map<String, Object> m = Json.object();
            m.put("cardId", l.cardId());
            m.put("sku", l.sku());
            m.put("quantity", l.quantity());
            m.put("date", l.date());
            m.put("location", l.location());
            m.put("locationId", l.locationId());
            m.put("batch", l.batch());
            m.put("expiry", l.expiry());
            return m;
        }).toList();
    }

    private static List<PurchaseLine> lines(Map<String, Object> spec) {
        List<PurchaseLine> out = new ArrayList<>();
        for (Map<String, Object> l : Json.objects(spec, "lines")) {
            String sku = Json.string(l, "sku");
            if (sku == null || sku.isBlank()) {
                throw DearException.badRequest("every line needs a sku");
            }
            BigDecimal q = Json.decimal(l, "quantity");
            BigDecimal price = Json.decimal(l, "price");
            out.add(new PurchaseLine(Catalogue.stableId("product:" + sku.trim()), sku.trim(), sku.trim(),
                    q == null ? BigDecimal.ONE : q, price == null ? BigDecimal.TEN : price));
        }
        return out;
    }

}
