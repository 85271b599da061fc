package io.dearbridge.domain.receiving;

/** Who put a stock task into DEAR: the bridge (an arrival of ours went to it) or a user working in DEAR. */
public enum EnteredBy {
    BRIDGE,
    DEAR_USER
}
