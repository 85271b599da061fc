package io.dearbridge.web.write;

import io.dearbridge.web.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Cross-site request protection for the warehouse API: a POST, PUT, PATCH or DELETE under {@code /api/v1} needs a
 * JSON content type or an {@value #HEADER} header (any value). A page on another site can make a browser send a
 * form (url-encoded, multipart or text/plain) with the Basic credentials the browser has cached, but neither a JSON
 * content type nor a custom header without a CORS preflight, which the bridge never grants. So the body-less POSTs
 * (heal, reconcile) are sent with {@code X-Requested-By: <your tool>} or {@code Content-Type: application/json}.
 * DEAR's webhooks ({@code /api/dear}) are not browser traffic and are checked by their own token.
 */
@Provider
public class CrossSiteGuard implements ContainerRequestFilter {

    public static final String HEADER = "X-Requested-By";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!STATE_CHANGING.contains(request.getMethod()) || !apiV1(request.getUriInfo().getPath())) {
            return;
        }
        String marker = request.getHeaderString(HEADER);
        if (json(request.getMediaType()) || (marker != null && !marker.isBlank())) {
            return;
        }
        throw new ProblemException(Response.Status.UNSUPPORTED_MEDIA_TYPE, request.getMethod() + " to the API needs"
                + " Content-Type: application/json or an " + HEADER + " header (protection against cross-site"
                + " requests).");
    }

    private static boolean apiV1(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith("v1/") || relative.equals("v1");
    }

    private static boolean json(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }
}
