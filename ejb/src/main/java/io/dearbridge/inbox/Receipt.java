package io.dearbridge.inbox;

/** What storing an incoming event did. */
public record Receipt(Outcome outcome, long eventId) {

    public enum Outcome {
        /** Stored, will be processed. */
        ACCEPTED,
        /** The same content as an event already stored: recognised, counted, processed once. */
        DUPLICATE,
        /** Stored for the record; the bridge does not act on this type. */
        IGNORED
    }
}
