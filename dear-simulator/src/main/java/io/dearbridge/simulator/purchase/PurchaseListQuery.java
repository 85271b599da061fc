package io.dearbridge.simulator.purchase;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.api.DearRequest;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.time.DearDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET purchaseList} (PURCHASES.md §2.2) with the filter behaviour measured on a live tenant: every filter takes
 * one value only ({@code Status=INVOICED,RECEIVING} matches nothing); the documented {@code RestockReceivedStatus} and
 * {@code Type} are silently ignored while the undocumented {@code StockReceivedStatus} works; unknown parameters are
 * ignored; filters AND together; rows come oldest PO first. {@code UpdatedSince} (strictly after) and
 * {@code UpdatedUntil} (on or before) test {@code LastUpdatedDate}, which payments re-stamp on old purchases (§2.3).
 * Limit 1..1000 (default 100), above is a 400, as the sale list.
 */
public final class PurchaseListQuery {

    /** Filter parameter → the row field it tests. RestockReceivedStatus and Type are deliberately absent. */
    private static final String[][] FILTERS = {
            {"OrderStatus", "OrderStatus"},
            {"StockReceivedStatus", "StockReceivedStatus"},
            {"InvoiceStatus", "InvoiceStatus"},
            {"CreditNoteStatus", "CreditNoteStatus"},
            {"UnstockStatus", "UnstockStatus"},
            {"Status", "Status"},
            {"DropShipTaskID", "DropShipTaskID"},
    };
    private static final String[] SEARCHED = {"OrderNumber", "Status", "Supplier", "InvoiceNumber",
            "CreditNoteNumber"};

    private PurchaseListQuery() {
    }

    public static Map<String, Object> run(PurchaseStore store, DearRequest request) {
        return run(store.oldestFirst(), request, "PurchaseList");
    }

    /**
     * {@code GET purchaseCreditNoteList} (§2.1): purchases that have a credit note, rows also under
     * {@code PurchaseList} with {@code Type} "Credit Note" as in the vendor example; same paging and filters.
     */
    public static Map<String, Object> runCreditNotes(PurchaseStore store, DearRequest request) {
        List<Purchase> withNotes = store.oldestFirst().stream().filter(p -> {
            synchronized (p) {
                return !p.creditNotes().isEmpty();
            }
        }).toList();
        Map<String, Object> body = run(withNotes, request, "PurchaseList");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) body.get("PurchaseList");
        rows.forEach(r -> r.put("Type", "Credit Note"));
        return body;
    }

    static Map<String, Object> run(List<Purchase> purchases, DearRequest request, String key) {
        int page = intParam(request, "Page", 1);
        int limit = intParam(request, "Limit", 100);
        if (page < 1) {
            throw DearException.badRequest("Page must be greater than 0.");
        }
        if (limit < 1 || limit > 1000) {
            throw DearException.badRequest("Limit must be between 1 and 1000.");
        }
        String sinceText = request.param("UpdatedSince");
        Instant since = sinceText == null ? null : DearDates.parse(sinceText, "UpdatedSince");
        String untilText = request.param("UpdatedUntil");
        Instant until = untilText == null ? null : DearDates.parse(untilText, "UpdatedUntil");
        String requiredByText = request.param("RequiredBy");
        LocalDate requiredBy = requiredByText == null ? null : DearDates.parseDate(requiredByText, "RequiredBy");
        String search = request.param("Search");

        List<Map<String, Object>> matches = new ArrayList<>();
        for (Purchase p : purchases) {
            Map<String, Object> row;
            Instant updated;
            LocalDate due;
            synchronized (p) {
                row = PurchaseJson.listRow(p);
                updated = p.lastUpdated();
                due = p.requiredBy();
            }
            if (since != null && !updated.isAfter(since)) {
                continue;
            }
            if (until != null && updated.isAfter(until)) {
                continue;
            }
            if (requiredBy != null && (due == null || due.isAfter(requiredBy))) {
                continue;
            }
            if (!filtersMatch(request, row) || !searchMatches(search, row)) {
                continue;
            }
            matches.add(row);
        }
        int from = Math.min((page - 1) * limit, matches.size());
        int to = Math.min(from + limit, matches.size());
        Map<String, Object> body = Json.object();
        body.put("Total", matches.size());
        body.put("Page", page);
        body.put(key, new ArrayList<>(matches.subList(from, to)));
        return body;
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
