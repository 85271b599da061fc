package io.dearbridge.web.fulfilment;

import io.dearbridge.domain.idempotency.IdempotentRequest;
import io.dearbridge.fulfilment.Answer;
import io.dearbridge.fulfilment.Caller;
import io.dearbridge.fulfilment.IdempotentAnswers;
import io.dearbridge.fulfilment.RecordRefused;
import io.dearbridge.web.problem.Problem;
import io.dearbridge.web.problem.ProblemException;
import jakarta.ejb.EJBException;
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
import java.util.Optional;
import java.util.function.Function;

/**
 * What every write of the warehouse API shares: reading the JSON body (so its hash can key an
 * Idempotency-Key), the caller, turning refusals into problem+json, and answering a concurrent repeat
 * of an idempotent request with the answer that won.
 */
@ApplicationScoped
public class FulfilmentCalls {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    IdempotentAnswers answers;

    <T> T body(String json, Class<T> type) {
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

    Caller caller(SecurityContext security, String idempotencyKey, String method, String path, String body) {
        String key = idempotencyKey == null ? null : idempotencyKey.strip();
        if (key != null && (key.isEmpty() || key.length() > IdempotentRequest.MAX_KEY)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, IDEMPOTENCY_KEY + " must be 1 to "
                    + IdempotentRequest.MAX_KEY + " characters.");
        }
        String principal = security.getUserPrincipal().getName();
        return new Caller(principal, key, sha256(method + ' ' + path + '\n' + (body == null ? "" : body)));
    }

    Response run(Caller caller, Function<Caller, Answer> call) {
        try {
            return respond(call.apply(caller));
        } catch (RecordRefused refused) {
            throw problem(refused);
        } catch (EJBException e) {
            // Two identical requests raced: the loser's insert of the same key failed; answer what the winner did.
            Optional<Answer> first = caller.idempotent() ? replay(caller) : Optional.empty();
            return respond(first.orElseThrow(() -> e));
        }
    }

    private Optional<Answer> replay(Caller caller) {
        try {
            return answers.replay(caller);
        } catch (RecordRefused refused) {
            throw problem(refused);
        }
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
