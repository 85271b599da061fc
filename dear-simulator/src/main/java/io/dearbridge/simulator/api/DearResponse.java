package io.dearbridge.simulator.api;

/**
 * What the simulator answers: a status and either a JSON-ready value (maps, lists, strings, numbers)
 * or, for DEAR's credential refusals, plain text.
 */
public record DearResponse(int status, Object body, boolean plainText) {

    public static DearResponse json(int status, Object body) {
        return new DearResponse(status, body, false);
    }

    public static DearResponse ok(Object body) {
        return json(200, body);
    }

    public static DearResponse text(int status, String text) {
        return new DearResponse(status, text, true);
    }
}
