package io.dearbridge.web.webhook;

import io.dearbridge.web.problem.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Pattern;

/** A webhook body checked for what DEAR's thin payloads carry (docs/dear-api.md §2.6). */
record WebhookPayload(JsonObject json) {

    /** Json.createReader looks the provider up on every call; one factory does it once. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static WebhookPayload parse(byte[] body) {
        if (body.length == 0) {
            throw badRequest("The body is empty; DEAR sends a JSON object such as {\"SaleID\": \"...\"}.");
        }
        try (var reader = READERS.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw badRequest("The body must be a JSON object.");
            }
            return new WebhookPayload(value.asJsonObject());
        } catch (JsonParsingException e) {
            throw badRequest("The body is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw badRequest("The body is not valid JSON.");
        }
    }

    /** A GUID field, or null when absent; present but not a GUID is a bad request. */
    String guid(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING || !GUID.matcher(((JsonString) value).getString()).matches()) {
            throw badRequest(field + " must be a GUID.");
        }
        return ((JsonString) value).getString().toLowerCase();
    }

    String text(String... fields) {
        for (String field : fields) {
            JsonValue value = json.get(field);
            if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
                return ((JsonString) value).getString();
            }
        }
        return null;
    }

    String compact() {
        return json.toString();
    }

    static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }
}
