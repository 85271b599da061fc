package io.dearbridge.web.problem;

import jakarta.ws.rs.core.Response;

/** A problem's title: the reason phrase of its HTTP status. */
final class StatusTitle {

    private StatusTitle() {
    }

    static String of(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        // 422 is missing from JAX-RS 3.1's Response.Status; this is the name RFC 9110 gives it.
        return status == 422 ? "Unprocessable Content" : "HTTP " + status;
    }
}
