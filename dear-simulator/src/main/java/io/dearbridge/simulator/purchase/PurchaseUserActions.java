package io.dearbridge.simulator.purchase;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.stock.Stockroom;
import io.dearbridge.simulator.time.DearDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person in DEAR's Purchases module does, for tests and the demo. Receiving goes through the API's own rules
 * (a DEAR user cannot receive an Invoice-first order before its invoice either) and fires the same webhooks.
 */
public final class PurchaseUserActions {

    private final PurchaseService service;

    public PurchaseUserActions(PurchaseService service) {
        this.service = service;
    }

    public PurchaseService service() {
        return service;
    }

    /**
     * Receives stock and authorises it: {@code lines} [{sku, quantity, location?, batch?, expiry?}] (default: all that
     * is outstanding, at the purchase's location), {@code date}, and for an advanced purchase {@code taskId} (default:
     * a group with nothing received yet, else a new one) with the put-away done in the same go.
     */
    public void receive(PurchaseStore store, Purchase p, Stockroom room, Map<String, Object> spec) {
        List<Map<String, Object>> lines;
        String taskId;
        boolean simple;
        synchronized (p) {
            simple = p.simple();
            String date = DearDates.date(LocalDate.ofInstant(service.clock().now(), ZoneOffset.UTC));
            String given = Json.string(spec, "date");
            String day = given == null ? date : DearDates.date(DearDates.parseDate(given, "date"));
            lines = lines(p, Json.objects(spec, "lines"), day);
            taskId = Json.string(spec, "taskId");
            if (!simple && taskId == null) {
                taskId = p.tasks().stream().filter(t -> t.stockLines().isEmpty()
                        && PurchaseStatuses.open(t.stockStatus())).map(PurchaseTask::taskId).findFirst().orElse(null);
            }
        }
        if (lines.isEmpty()) {
            throw DearException.badRequest("Nothing is outstanding on " + p.orderNumber() + "; give lines.");
        }
        if (simple) {
            Map<String, List<Map<String, Object>>> byPlace = new LinkedHashMap<>();
            lines.forEach(l -> byPlace.computeIfAbsent(String.valueOf(l.get("Location")).toLowerCase(),
                    k -> new ArrayList<>()).add(l));
            for (List<Map<String, Object>> group : byPlace.values()) {
                service.writeSimpleStock(store, room, body("TaskID", p.id(), "Status", "DRAFT", "Lines", group));
            }
            service.writeSimpleStock(store, room, body("TaskID", p.id(), "Status", "AUTHORISED",
                    "Lines", List.of()));
            return;
        }
        List<Map<String, Object>> stockLines = lines.stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>(l);
            m.remove("Location");
            return m;
        }).toList();
        Map<String, Object> answer = service.writeAdvancedStock(store, room, body("PurchaseID", p.id(),
                "TaskID", taskId, "Status", "AUTHORISED", "Lines", stockLines), false);
        String written = taskId;
        if (written == null) {
            List<Map<String, Object>> tasks = Json.objects(answer, "StockReceiving");
            written = String.valueOf(tasks.get(tasks.size() - 1).get("TaskID"));
        }
        service.writePutAway(store, room, body("PurchaseID", p.id(), "TaskID", written, "Status", "AUTHORISED",
                "Lines", lines));
    }

    private static List<Map<String, Object>> lines(Purchase p, List<Map<String, Object>> given, String day) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (given.isEmpty()) {
            Map<String, BigDecimal> outstanding = new LinkedHashMap<>();
            p.lines().forEach(l -> outstanding.merge(l.sku(), l.quantity(), BigDecimal::add));
            p.stockedCards().forEach(c -> outstanding.computeIfPresent(c.sku(), (k, v) -> v.subtract(c.quantity())));
            outstanding.forEach((sku, q) -> {
                if (q.signum() > 0) {
                    out.add(body("SKU", sku, "Quantity", q, "Date", day, "Location", p.location()));
                }
            });
            return out;
        }
        for (Map<String, Object> l : given) {
            Map<String, Object> m = body("SKU", Json.string(l, "sku"), "Quantity", Json.decimal(l, "quantity"),
                    "Date", day, "Location", orElse(Json.string(l, "location"), p.location()));
            if (Json.string(l, "batch") != null) {
                m.put("BatchSN", Json.string(l, "batch"));
            }
            if (Json.string(l, "expiry") != null) {
                m.put("ExpiryDate", Json.string(l, "expiry"));
            }
            out.add(m);
        }
        return out;
    }

    private static String orElse(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }

    static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
