package io.dearbridge.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404 no such path, 405, 415 ...) as problem+json too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "This resource answers in JSON only.";
            case 415 -> "The request body must be JSON (Content-Type: application/json).";
            default -> status.getReasonPhrase();
        };
        Response.ResponseBuilder builder = Response.fromResponse(
                Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail).toResponse());
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                builder.header(name, values.get(0));
            }
        });
        return builder.build();
    }
}
