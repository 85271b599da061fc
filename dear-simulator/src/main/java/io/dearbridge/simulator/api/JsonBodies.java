package io.dearbridge.simulator.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses request bodies with JSON-P into plain maps, lists, BigDecimals, strings and booleans. An unparsable body is
 * a 500, as docs/dear-api.md §1.2 documents for DEAR.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static Object parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (JsonParsingException e) {
            throw new DearException(500, "The request body could not be parsed: " + e.getMessage());
        }
    }

    private static Object plain(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                ((JsonObject) v).forEach((k, x) -> m.put(k, plain(x)));
                return m;
            }
            case ARRAY -> {
                List<Object> l = new ArrayList<>();
                ((JsonArray) v).forEach(x -> l.add(plain(x)));
                return l;
            }
            case STRING -> {
                return ((JsonString) v).getString();
            }
            case NUMBER -> {
                return ((JsonNumber) v).bigDecimalValue();
            }
            case TRUE -> {
                return Boolean.TRUE;
            }
            case FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }
}
