package io.dearbridge.dear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.dearbridge.dear.model.DearError;
import io.dearbridge.dear.model.DearJson;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Reads DEAR response bodies in one place: finds DEAR's Error Model whether it comes as an object or as an
 * array of them, and whatever the HTTP status (docs/dear-api.md §1.3: errors arrive with 200 too), and otherwise
 * maps the body onto a DTO with the DEAR-configured mapper.
 */
final class DearResponses {

    static final int MAX_MESSAGE = 500;

    private DearResponses() {
    }

    /** The Error Model in {@code body}, if the body is one (or an array starting with one). */
    static Optional<DearError> errorIn(String body) {
        JsonNode node = tree(body);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        JsonNode code = field(node, "ErrorCode");
        if (code == null || code.isNull()) {
            return Optional.empty();
        }
        JsonNode text = field(node, "Exception");
        Integer errorCode = code.canConvertToInt() ? Integer.valueOf(code.asInt())
                : code.isTextual() && code.asText().trim().matches("\\d{1,3}") ? Integer.valueOf(code.asText().trim())
                : null;
        return Optional.of(new DearError(errorCode, text == null || text.isNull() ? "" : text.asText()));
    }

    /** What to show an operator for a failed response: DEAR's Exception text, else the (shortened) body. */
    static String messageOf(String body) {
        return errorIn(body).map(DearError::exception).filter(m -> !m.isBlank())
                .orElseGet(() -> body == null || body.isBlank() ? "(no body)" : shorten(body.strip()));
    }

    static <T> T read(String body, JavaType type) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return null;
        }
        return DearJson.mapper().readValue(body, type);
    }

    static String shorten(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        char first = body.strip().charAt(0);
        if (first != '{' && first != '[') {
            return null;
        }
        try {
            return DearJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Case-insensitive lookup: the Error Model's casing is not guaranteed either. */
    private static JsonNode field(JsonNode object, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
