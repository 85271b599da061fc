package io.dearbridge.domain.receiving;

/** How far one arrival line went: not yet sent, in a DEAR draft, or authorised (put away) in DEAR. */
public enum LinePushStatus {
    PENDING,
    SENT,
    IN_DEAR
}
