package io.dearbridge.web.write;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;

import io.dearbridge.account.CallerAccounts;
import io.dearbridge.domain.idempotency.IdempotentRequest;
import io.dearbridge.web.problem.ProblemException;
import io.dearbridge.write.Answer;
import io.dearbridge.write.Caller;
import io.dearbridge.write.IdempotentCalls;
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
 * What every write of the warehouse API shares (fulfilment, returns, ...): reading the JSON body (so its hash can
 * key an Idempotency-Key), the caller with how its answer is rendered, and running the write. A refusal
 * ({@code write.RecordRefused}) is left to {@code web.problem.RecordRefusedMapper}.
 */
@ApplicationScoped
public class WriteCalls {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotentCalls idempotent;

    @Inject
    Validator validator;

    @Inject
    CallerAccounts accounts;

    public <T> T body(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A JSON body is required.");
        }
        try {
            T body = JSONB.fromJson(json, type);
            if (body == null) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "A JSON object is required.");
            }
            validate(body);
            return body;
        } catch (JsonbException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "The body is not valid: " + rootMessage(e));
        }
    }

    /**
     * Bean Validation of the body (required fields, lengths that match the columns, signs and scales): every
     * violation in one 400, before anything is stored. Called here, not by {@code @Valid} on a parameter,
     * because the body arrives as text (its hash keys the Idempotency-Key).
     */
    private <T> void validate(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            String detail = violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .distinct().sorted().collect(Collectors.joining("; "));
            throw new ProblemException(Response.Status.BAD_REQUEST, "The body is not valid: " + detail);
        }
    }

    /** The caller of a warehouse write, with how its result is answered and the accounts it may write to. */
    public <R> Caller<R> caller(SecurityContext security, String idempotencyKey, String method, String path,
                                String body, Function<R, Answer> render) {
        String key = idempotencyKey == null ? null : idempotencyKey.strip();
        if (key != null && (key.isEmpty() || key.length() > IdempotentRequest.MAX_KEY)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, IDEMPOTENCY_KEY + " must be 1 to "
                    + IdempotentRequest.MAX_KEY + " characters.");
        }
        String principal = security.getUserPrincipal().getName();
        return new Caller<>(principal, key, sha256(method + ' ' + path + '\n' + (body == null ? "" : body)), render,
                accounts.scope());
    }

    public <R> Response run(Caller<R> caller, Function<Caller<R>, Answer> call) {
        return respond(idempotent.run(caller, () -> call.apply(caller)));
    }

    private static Response respond(Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
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
