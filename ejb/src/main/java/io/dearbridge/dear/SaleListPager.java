package io.dearbridge.dear;

import io.dearbridge.dear.model.SaleListPage;
import io.dearbridge.dear.model.SaleSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Walks {@code saleList} page by page (docs/dear-api.md §1.5): stops when {@code Page × Limit ≥ Total}, on a page
 * shorter than the limit (or empty), or at {@code maxPages} as a guard against a {@code Total} that keeps
 * growing while we read.
 */
public final class SaleListPager {

    public static final int MAX_LIMIT = 1000;

    private final int limit;
    private final int maxPages;

    public SaleListPager(int limit, int maxPages) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("saleList limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        this.limit = limit;
        this.maxPages = maxPages;
    }

    public int limit() {
        return limit;
    }

    /** Fetches pages with {@code fetch.apply(pageNumber)} (1-based) until one of the stop conditions holds. */
    public List<SaleSummary> collect(IntFunction<SaleListPage> fetch) {
        List<SaleSummary> rows = new ArrayList<>();
        for (int page = 1; page <= maxPages; page++) {
            SaleListPage result = fetch.apply(page);
            if (result == null) {
                break;
            }
            rows.addAll(result.saleList());
            boolean shortPage = result.saleList().size() < limit;
            boolean reachedTotal = result.total() != null && (long) page * limit >= result.total();
            if (shortPage || reachedTotal) {
                break;
            }
        }
        return rows;
    }
}
