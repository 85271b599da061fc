package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST sale/fulfilment}: asks DEAR for one more fulfilment (turns a simple sale advanced). */
public record NewFulfilment(@JsonProperty("SaleID") String saleId) {
}
