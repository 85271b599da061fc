package io.dearbridge.console;

/** Which table a sync lives in: an event DEAR sent (inbox) or a call the bridge owes DEAR (outbox). */
public enum SyncSide { INBOX, OUTBOX }
