package io.dearbridge.domain.inbox;

/** The kind of DEAR document an inbox event is about; events of one document are processed in order. */
public enum DocumentKind {
    SALE, PURCHASE
}
