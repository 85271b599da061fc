package io.dearbridge.web.webhook;

import io.dearbridge.domain.inbox.DocumentRef;
import io.dearbridge.web.problem.ProblemException;
import io.dearbridge.webhook.EventDefinition;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A webhook body read for what DEAR's thin payloads carry (docs/dear-api.md §2.6). Any well-formed JSON is taken:
 * no vendor document lists the payload fields, and refusing a body DEAR sent would count as a failed delivery,
 * six of which switch the whole subscription off. Only a body that is not JSON at all is a bad request.
 * <p>
 * Read in one streaming pass that writes the compact form (what is stored and hashed) and keeps the top-level
 * string fields (where DEAR puts its identifiers), rather than building a JSON-P tree and serialising it again:
 * the tree was built, read for three fields and thrown away on every webhook (docs/benchmarks.md, issue 27 part 3).
 * The compact form is the one the tree gave: the same generator writes the same values. One difference: a key
 * repeated in an object is kept twice, where the tree kept its last value; the identifiers are still read from the
 * last one, as before.
 *
 * @param compact the body without insignificant white space
 * @param strings the top-level fields whose values are strings, when the body is an object
 */
record WebhookPayload(String compact, Map<String, String> strings) {

    /** Json.createParser and Json.createGenerator look the provider up on every call; the factories do it once. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static WebhookPayload parse(byte[] body) {
        try {
            return read(body);
        } catch (IllegalArgumentException notJson) {
            throw badRequest(notJson.getMessage());
        }
    }

    /** The body read; an IllegalArgumentException, with the reason to answer, when it is not one JSON value. */
    static WebhookPayload read(byte[] body) {
        if (body.length == 0) {
            throw new IllegalArgumentException("The body is empty; DEAR sends a JSON object such as {\"SaleID\": \"...\"}.");
        }
        StringWriter compact = new StringWriter(body.length);
        Map<String, String> strings = new HashMap<>();
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            JsonGenerator generator = GENERATORS.createGenerator(compact);
            if (!copy(parser, generator, strings)) {
                throw new IllegalArgumentException("The body is not valid JSON.");
            }
            // Only now: closing a generator that holds an incomplete value throws, and would hide the parser's reason.
            generator.close();
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("The body is not valid JSON: " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new IllegalArgumentException("The body is not valid JSON.", e);
        }
        return new WebhookPayload(compact.toString(), strings);
    }

    /**
     * Copies one JSON value, event by event, keeping the top-level string fields. The parser throws on anything that
     * is not one complete JSON value (trailing content included). Answers false when the body held no value at all.
     */
    private static boolean copy(JsonParser parser, JsonGenerator generator, Map<String, String> strings) {
        int depth = 0;
        boolean any = false;
        boolean topLevelObject = false;
        String key = null;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            any = true;
            if (key != null && depth == 1 && topLevelObject && event != JsonParser.Event.VALUE_STRING) {
                // A later non-string value under a repeated key replaces an earlier string, as in the tree.
                strings.remove(key);
            }
            switch (event) {
                case START_OBJECT -> {
                    topLevelObject |= depth == 0;
                    generator.writeStartObject();
                    depth++;
                }
                case START_ARRAY -> {
                    generator.writeStartArray();
                    depth++;
                }
                case END_OBJECT, END_ARRAY -> {
                    generator.writeEnd();
                    depth--;
                }
                case KEY_NAME -> {
                    key = parser.getString();
                    generator.writeKey(key);
                    continue;
                }
                case VALUE_STRING -> {
                    String value = parser.getString();
                    if (depth == 1 && topLevelObject) {
                        strings.put(key, value);
                    }
                    generator.write(value);
                }
                case VALUE_NUMBER -> generator.write(parser.getValue());
                case VALUE_TRUE -> generator.write(true);
                case VALUE_FALSE -> generator.write(false);
                case VALUE_NULL -> generator.writeNull();
            }
            key = null;
        }
        return any;
    }

    /** A GUID field in lower case, or null when the body has none that is a GUID. */
    String guid(String field) {
        String value = strings.get(field);
        if (value == null || !GUID.matcher(value).matches()) {
            return null;
        }
        return value.toLowerCase();
    }

    String text(String... fields) {
        for (String field : fields) {
            String value = strings.get(field);
            if (value != null) {
                return value;
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

    static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }
}
