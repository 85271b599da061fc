package io.dearbridge.dear.model;

import java.util.List;

/** One page of {@code purchaseList}: rows under {@code PurchaseList}, {@code Total} counting every match. */
public record PurchaseListPage(Integer total, Integer page, List<PurchaseSummary> purchaseList) {

    public PurchaseListPage {
        purchaseList = Lists.orEmpty(purchaseList);
    }
}
