package io.dearbridge.web.webhook;

import io.dearbridge.domain.inbox.DocumentRef;
import io.dearbridge.web.problem.ProblemException;
import io.dearbridge.webhook.EventDefinition;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A webhook body read for what DEAR's thin payloads carry (docs/dear-api.md §2.6). Any well-formed JSON is taken:
 * no vendor document lists the payload fields, and refusing a body DEAR sent would count as a failed delivery,
 * six of which switch the whole subscription off. Only a body that is not JSON at all is a bad request.
 */
record WebhookPayload(JsonValue json) {

    /** Json.createReader looks the provider up on every call; one factory does it once. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static WebhookPayload parse(byte[] body) {
        if (body.length == 0) {
            throw badRequest("The body is empty; DEAR sends a JSON object such as {\"SaleID\": \"...\"}.");
        }
        try (var reader = READERS.createReader(new ByteArrayInputStream(body))) {
            return new WebhookPayload(reader.readValue());
        } catch (JsonParsingException e) {
            throw badRequest("The body is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw badRequest("The body is not valid JSON.");
        }
    }

    /** A GUID field in lower case, or null when the body has none that is a GUID. */
    String guid(String field) {
        JsonValue value = field(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING
                || !GUID.matcher(((JsonString) value).getString()).matches()) {
            return null;
        }
        return ((JsonString) value).getString().toLowerCase();
    }

    private JsonValue field(String name) {
        return json.getValueType() == JsonValue.ValueType.OBJECT ? json.asJsonObject().get(name) : null;
    }

    String text(String... fields) {
        for (String field : fields) {
            JsonValue value = field(field);
            if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
                return ((JsonString) value).getString();
            }
        }
        return null;
    }

    /** The document the body names, read from the fields its event type's definition gives. */
    DocumentRef document(EventDefinition definition) {
        return new DocumentRef(definition.kind(),
                definition.idField() == null ? null : guid(definition.idField()),
                definition.taskIdField() == null ? null : guid(definition.taskIdField()),
                text(definition.numberFields().toArray(String[]::new)));
    }

    String compact() {
        return json.toString();
    }

    static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }
}
