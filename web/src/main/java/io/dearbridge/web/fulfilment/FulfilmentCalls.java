package io.dearbridge.web.fulfilment;

import io.dearbridge.domain.idempotency.IdempotentRequest;
import io.dearbridge.fulfilment.Answer;
import io.dearbridge.fulfilment.Caller;
import io.dearbridge.fulfilment.IdempotentCalls;
import io.dearbridge.fulfilment.RecordRefused;
import io.dearbridge.fulfilment.StageRecorded;
import io.dearbridge.web.problem.Problem;
import io.dearbridge.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * What every write of the warehouse API shares: reading the JSON body (so its hash can key an
 * Idempotency-Key), the caller with how its answer is rendered (202 with a {@link StageReceipt}, or 200 when
 * nothing changed), and turning refusals into problem+json.
 */
@ApplicationScoped
public class FulfilmentCalls {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotentCalls idempotent;

    public <T> T body(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A JSON body is required.");
        }
        try {
            T body = JSONB.fromJson(json, type);
            if (body == null) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "A JSON object is required.");
            }
            return body;
        } catch (JsonbException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "The body is not valid: " + rootMessage(e));
        }
    }

    Caller<StageRecorded> caller(SecurityContext security, String idempotencyKey, String method, String path,
                                 String body) {
        return caller(security, idempotencyKey, method, path, body, FulfilmentCalls::render);
    }

    /** The caller of any warehouse write (returns use it too), with how its result is answered. */
    public <R> Caller<R> caller(SecurityContext security, String idempotencyKey, String method, String path,
                                String body, Function<R, Answer> render) {
        String key = idempotencyKey == null ? null : idempotencyKey.strip();
        if (key != null && (key.isEmpty() || key.length() > IdempotentRequest.MAX_KEY)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, IDEMPOTENCY_KEY + " must be 1 to "
                    + IdempotentRequest.MAX_KEY + " characters.");
        }
        String principal = security.getUserPrincipal().getName();
        return new Caller<>(principal, key, sha256(method + ' ' + path + '\n' + (body == null ? "" : body)), render);
    }

    public <R> Response run(Caller<R> caller, Function<Caller<R>, Answer> call) {
        try {
            return respond(idempotent.run(caller, () -> call.apply(caller)));
        } catch (RecordRefused refused) {
            throw problem(refused);
        }
    }

    private static Answer render(StageRecorded recorded) {
        return new Answer(recorded.changed() ? 202 : 200, JSONB.toJson(StageReceipt.of(recorded)), false);
    }

    private static Response respond(Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    private static ProblemException problem(RecordRefused refused) {
        return switch (refused.reason()) {
            case INVALID -> new ProblemException(Response.Status.BAD_REQUEST, refused.getMessage());
            case CONFLICT -> new ProblemException(Response.Status.CONFLICT, refused.getMessage());
            case NOT_FOUND -> new ProblemException(Response.Status.NOT_FOUND, refused.getMessage());
            case KEY_REUSED -> new ProblemException(Problem.of(422, "Unprocessable Content", refused.getMessage()));
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
