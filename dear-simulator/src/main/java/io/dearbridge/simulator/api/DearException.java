package io.dearbridge.simulator.api;

/** A refusal DEAR answers with its Error Model; thrown by the rules, turned into a response by the router. */
public class DearException extends RuntimeException {

    private final int status;

    public DearException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static DearException badRequest(String message) {
        return new DearException(400, message);
    }

    public int status() {
        return status;
    }
}
