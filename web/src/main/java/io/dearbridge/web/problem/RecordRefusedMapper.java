package io.dearbridge.web.problem;

import io.dearbridge.write.RecordRefused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refused warehouse write (fulfilment, returns, ...), answered with the status its reason names. */
@Provider
public class RecordRefusedMapper implements ExceptionMapper<RecordRefused> {

    @Override
    public Response toResponse(RecordRefused refused) {
        return Problem.of(refused.status(), refused.getMessage()).toResponse();
    }
}
