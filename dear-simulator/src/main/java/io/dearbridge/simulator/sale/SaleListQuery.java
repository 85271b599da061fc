package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.api.DearRequest;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.time.DearDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET saleList} (docs/dear-api.md §3.3, paging §1.5): Page from 1, Limit 1..1000 (default 100, above 1000 is a 400),
 * Total = all matches. Filters compare case-insensitively against the row's field; note the filter names
 * {@code CombinedPickStatus}/{@code CombinedPackStatus} versus the row fields {@code CombinedPickingStatus}/
 * {@code CombinedPackingStatus}. {@code UpdatedSince} is strict ("changed after") unless the account's
 * {@code leakOldRows} is set: then it also returns old rows a payment touched, as DEAR does.
 */
public final class SaleListQuery {

    /** Filter parameter → the row field it tests. */
    private static final String[][] FILTERS = {
            {"OrderStatus", "OrderStatus"},
            {"Status", "Status"},
            {"CombinedPickStatus", "CombinedPickingStatus"},
            {"CombinedPackStatus", "CombinedPackingStatus"},
            {"CombinedShippingStatus", "CombinedShippingStatus"},
            {"CombinedInvoiceStatus", "CombinedInvoiceStatus"},
            {"CreditNoteStatus", "CreditNoteStatus"},
            {"OrderLocationID", "OrderLocationID"},
            {"ExternalID", "ExternalID"},
    };
    private static final String[] SEARCHED = {"OrderNumber", "Status", "Customer", "InvoiceNumber",
            "CustomerReference", "CreditNoteNumber"};

    private SaleListQuery() {
    }

    public static Map<String, Object> run(SaleStore store, DearRequest request) {
        return run(store, request, false);
    }

    /** @param leakOldRows also list sales relisted after {@code UpdatedSince}, with their old {@code Updated} */
    public static Map<String, Object> run(SaleStore store, DearRequest request, boolean leakOldRows) {
        int page = intParam(request, "Page", 1);
        int limit = intParam(request, "Limit", 100);
        if (page < 1) {
            throw DearException.badRequest("Page must be greater than 0.");
        }
        if (limit < 1 || limit > 1000) {
            throw DearException.badRequest("Limit must be between 1 and 1000.");
        }
        String updatedSince = request.param("UpdatedSince");
        Instant since = updatedSince == null ? null : DearDates.parse(updatedSince, "UpdatedSince");
        String search = request.param("Search");
        String ready = request.param("ReadyForShipping");

        List<Map<String, Object>> matches = new ArrayList<>();
        for (Sale sale : store.newestFirst()) {
            Map<String, Object> row;
            Instant modified;
            Instant relisted;
            synchronized (sale) {
                row = SaleJson.listRow(sale);
                modified = sale.lastModified();
                relisted = sale.relistedAt();
            }
            boolean leaked = leakOldRows && relisted != null && since != null && relisted.isAfter(since);
            if (since != null && !modified.isAfter(since) && !leaked) {
                continue;
            }
            if (!filtersMatch(request, row) || !searchMatches(search, row)) {
                continue;
            }
            if (ready != null && Boolean.parseBoolean(ready) != readyForShipping(row)) {
                continue;
            }
            matches.add(row);
        }
        int from = Math.min((page - 1) * limit, matches.size());
        int to = Math.min(from + limit, matches.size());
        Map<String, Object> body = Json.object();
        body.put("Total", matches.size());
        body.put("Page", page);
        body.put("SaleList", new ArrayList<>(matches.subList(from, to)));
        return body;
    }

    /** docs/dear-api.md §3.3: pack authorised and shipping not yet authorised. */
    private static boolean readyForShipping(Map<String, Object> row) {
        String pack = (String) row.get("CombinedPackingStatus");
        String ship = (String) row.get("CombinedShippingStatus");
        boolean packed = "PACKED".equals(pack) || "PARTIALLY PACKED".equals(pack);
        return packed && !"SHIPPED".equals(ship);
    }

    private static boolean filtersMatch(DearRequest request, Map<String, Object> row) {
        for (String[] f : FILTERS) {
            String wanted = request.param(f[0]);
            if (wanted != null) {
                Object actual = row.get(f[1]);
                if (actual == null || !actual.toString().equalsIgnoreCase(wanted)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean searchMatches(String search, Map<String, Object> row) {
        if (search == null) {
            return true;
        }
        String needle = search.toLowerCase(Locale.ROOT);
        for (String field : SEARCHED) {
            Object v = row.get(field);
            if (v != null && v.toString().toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static int intParam(DearRequest request, String name, int fallback) {
        String v = request.param(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw DearException.badRequest(name + " must be a whole number.");
        }
    }
}
