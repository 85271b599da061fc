package io.dearbridge.push;

/**
 * A shipped box and DEAR's ID of its ship line. A tracking change names the line by that ID, so DEAR updates it
 * instead of adding a line (an {@code AddTrackingNumbers} line without an ID is a new line).
 */
public record ShipBox(String box, String dearLineId) {
}
