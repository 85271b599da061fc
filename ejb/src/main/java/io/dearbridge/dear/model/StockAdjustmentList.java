package io.dearbridge.dear.model;

import java.util.List;

/** A page of {@code GET stockadjustmentList} (docs/dear-api.md §6.5); rows carry no lines. */
public record StockAdjustmentList(Integer total, Integer page, List<StockAdjustment> stockAdjustmentList) {

    public StockAdjustmentList {
        stockAdjustmentList = Lists.orEmpty(stockAdjustmentList);
    }
}
