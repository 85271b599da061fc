package io.dearbridge.simulator.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A baseline for the webhook-ingest benchmark (issue 4, {@code ear/src/bench/ingest}): the same server's
 * JAX-RS stack with no work behind it. The body is read and ignored; the answer is always 200 {@code {}}.
 */
@Path("noop")
@ApplicationScoped
public class NoopResource {

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String noop(byte[] ignored) {
        return "{}";
    }
}
