package io.dearbridge.returns;

import io.dearbridge.domain.returns.ReturnStatus;

/** What the warehouse lists returns by; null means any. */
public record ReturnFilter(String accountCode, ReturnStatus status, String saleOrderNumber, int page, int size) {
}
