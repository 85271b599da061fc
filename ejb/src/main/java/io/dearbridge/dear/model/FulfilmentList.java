package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET sale/fulfilment?SaleID=}: every fulfilment of a sale. */
public record FulfilmentList(
        @JsonProperty("SaleID") String saleId,
        List<Fulfilment> fulfilments) {

    public FulfilmentList {
        fulfilments = Lists.orEmpty(fulfilments);
    }
}
