package io.dearbridge.dear.model;

import java.util.List;

/** One page of {@code saleList}: {@code Total} counts every match, not this page (docs/dear-api.md §1.5). */
public record SaleListPage(Integer total, Integer page, List<SaleSummary> saleList) {

    public SaleListPage {
        saleList = Lists.orEmpty(saleList);
    }
}
