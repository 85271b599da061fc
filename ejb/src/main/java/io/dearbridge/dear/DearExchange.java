package io.dearbridge.dear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import io.dearbridge.dear.model.DearError;
import io.dearbridge.domain.sync.FailureKind;
import java.time.Duration;
import java.util.Optional;

/**
 * What came back from one DEAR call, and the one decision about it: a usable body, or a classified
 * {@link DearCallException}. Every 2xx is checked for DEAR's Error Model before it is trusted.
 *
 * @param retryAfter DEAR's {@code Retry-After}, if it sent one (undocumented; honoured when present)
 */
record DearExchange(int status, String body, Optional<Duration> retryAfter) {

    boolean ok() {
        return status >= 200 && status < 300 && DearResponses.errorIn(body).isEmpty();
    }

    /** The status that decides the failure kind: the {@code ErrorCode} when an error came inside a 2xx. */
    int effectiveStatus() {
        if (status >= 200 && status < 300) {
            return DearResponses.errorIn(body).map(DearError::errorCode)
                    .filter(code -> code >= 400 && code < 600).orElse(400);
        }
        return status;
    }

    <T> T read(JavaType type) {
        try {
            return DearResponses.read(body, type);
        } catch (JsonProcessingException e) {
            throw new DearCallException(FailureKind.PERMANENT, status,
                    "DEAR's answer could not be read as " + type.getRawClass().getSimpleName() + fieldOf(e) + ": "
                            + e.getOriginalMessage(), false, null);
        }
    }

    /** The field DEAR's value was in, e.g. {@code  at Order.Lines[0].Quantity}, so the operator sees which one. */
    static String fieldOf(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder(" at ");
        for (var ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 4 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    DearCallException failure(boolean credentialsKnownGood, boolean write) {
        int decisive = effectiveStatus();
        FailureKind kind = FailureClassifier.classify(decisive, credentialsKnownGood);
        String message = DearResponses.messageOf(body);
        if (decisive != status) {
            message = "ErrorCode " + decisive + " in an HTTP " + status + " answer: " + message;
        }
        if (kind == FailureKind.TRANSIENT && decisive == 403) {
            message = "burst 403 with credentials that worked recently: " + message;
        }
        boolean unknown = write && kind == FailureKind.TRANSIENT && decisive >= 500;
        return new DearCallException(kind, status, message, unknown, null);
    }

    static Optional<Duration> parseRetryAfter(String header) {
        if (header == null || !header.trim().matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
    }
}
