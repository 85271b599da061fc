package io.dearbridge.simulator.stock;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code stockadjustment} and {@code stockadjustmentList} (docs/dear-api.md §6.5): stock added at a place and batch
 * outside any sale. POST creates (TaskID assigned by DEAR, so a repeated POST creates a second adjustment); a
 * COMPLETED adjustment moves the stock at once, a DRAFT one not yet. Every line is taken as new stock added (the
 * reference's {@code NewStockLines}); whether DEAR reads a line for stock already on hand as the counted quantity
 * instead is unconfirmed (docs/dear-api.md §9).
 */
public final class StockAdjustments {

    private final List<Map<String, Object>> adjustments = new ArrayList<>();
    private int nextNumber = 1;

    public synchronized Map<String, Object> create(Stockroom room, Map<String, Object> body) {
        String status = Json.string(body, "Status");
        status = status == null || status.isBlank() ? "DRAFT" : status.trim().toUpperCase();
        if (!"DRAFT".equals(status) && !"COMPLETED".equals(status)) {
            throw DearException.badRequest("Status must be DRAFT or COMPLETED.");
        }
        String date = Json.string(body, "EffectiveDate");
        if (date == null || date.isBlank()) {
            throw DearException.badRequest("EffectiveDate is required.");
        }
        List<Map<String, Object>> raw = Json.objects(body, "Lines");
        if (raw.isEmpty()) {
            throw DearException.badRequest("At least one line is required.");
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> l : raw) {
            n++;
            String where = "Line " + n + ": ";
            String sku = Json.string(l, "SKU");
            if ((sku == null || sku.isBlank()) && Json.string(l, "ProductID") == null) {
                throw DearException.badRequest(where + "ProductID or SKU is required.");
            }
            Place place = room.locations().resolve(Json.string(l, "Location"), Json.string(l, "LocationID"), where);
            BigDecimal qty = Json.decimal(l, "Quantity");
            if (qty == null || qty.signum() <= 0) {
                throw DearException.badRequest(where + "Quantity must be greater than 0.");
            }
            BigDecimal cost = Json.decimal(l, "UnitCost");
            if (cost == null || cost.signum() < 0) {
                throw DearException.badRequest(where + "UnitCost is required for new stock.");
            }
            String batch = Json.string(l, "BatchSN");
            if (sku != null && room.stock().batchTracked(sku) && (batch == null || batch.isBlank())) {
                throw DearException.badRequest(where + "BatchSN is required for " + sku + ", which is batch tracked.");
            }
            Map<String, Object> line = Json.object();
            line.put("ProductID", Json.string(l, "ProductID"));
            line.put("SKU", sku);
            line.put("Location", place.name());
            line.put("LocationID", place.locationId());
            line.put("Quantity", qty);
            line.put("UnitCost", cost);
            line.put("BatchSN", batch);
            line.put("ExpiryDate", Json.string(l, "ExpiryDate"));
            line.put("Comments", Json.string(l, "Comments"));
            lines.add(line);
            places.add(place);
        }
        Map<String, Object> adjustment = new LinkedHashMap<>();
        adjustment.put("TaskID", UUID.randomUUID().toString());
        adjustment.put("StocktakeNumber", "ST-" + String.format("%05d", nextNumber++));
        adjustment.put("EffectiveDate", date);
        adjustment.put("Account", Json.string(body, "Account"));
        adjustment.put("Reference", Json.string(body, "Reference") == null ? "" : Json.string(body, "Reference"));
        adjustment.put("Status", status);
        adjustment.put("ExistingStockLines", List.of());
        adjustment.put("NewStockLines", lines);
        adjustments.add(adjustment);
        if ("COMPLETED".equals(status)) {
            for (int i = 0; i < lines.size(); i++) {
                Map<String, Object> l = lines.get(i);
                if (l.get("SKU") != null) {
                    room.stock().receive((String) l.get("SKU"), places.get(i), (String) l.get("BatchSN"),
                            (String) l.get("ExpiryDate"), (BigDecimal) l.get("Quantity"));
                }
            }
        }
        return new LinkedHashMap<>(adjustment);
    }

    public synchronized Map<String, Object> get(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw DearException.badRequest("TaskID is required.");
        }
        return adjustments.stream().filter(a -> taskId.trim().equalsIgnoreCase((String) a.get("TaskID"))).findFirst()
                .map(LinkedHashMap::new)
                .orElseThrow(() -> DearException.badRequest("Stock adjustment with TaskID " + taskId + " not found."));
    }

    /** {@code GET stockadjustmentList?Page=&Limit=&Status=}: oldest first, without lines. */
    public synchronized Map<String, Object> list(int page, int limit, String status) {
        if (limit > 1000) {
            throw DearException.badRequest("Limit must be between 1 and 1000."); // docs/dear-api.md §1.5
        }
        List<Map<String, Object>> matching = adjustments.stream()
                .filter(a -> status == null || status.isBlank() || status.equalsIgnoreCase((String) a.get("Status")))
                .map(a -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String k : List.of("TaskID", "StocktakeNumber", "EffectiveDate", "Account", "Reference",
                            "Status")) {
                        row.put(k, a.get(k));
                    }
                    return row;
                }).toList();
        Map<String, Object> m = Json.object();
        m.put("Total", matching.size());
        m.put("Page", page);
        int from = Math.min(matching.size(), (page - 1) * limit);
        m.put("StockAdjustmentList", matching.subList(from, Math.min(matching.size(), from + limit)));
        return m;
    }

    public synchronized int count() {
        return adjustments.size();
    }

    public synchronized void clear() {
        adjustments.clear();
    }
}
