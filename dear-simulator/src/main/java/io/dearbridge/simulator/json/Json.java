package io.dearbridge.simulator.json;

import io.dearbridge.simulator.api.DearException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads from a parsed JSON object. Wrong types are a client error, so they become a DEAR 400. */
public final class Json {

    private Json() {
    }

    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw DearException.badRequest(what + " must be a JSON object.");
    }

    /** Field lookup ignoring case: DEAR clients send {@code SaleID} and {@code SaleId} alike. */
    public static Object get(Map<String, Object> map, String key) {
        if (map == null) {
            return null;
        }
        Object exact = map.get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    public static boolean has(Map<String, Object> map, String key) {
        if (map == null) {
            return false;
        }
        return map.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key));
    }

    public static String string(Map<String, Object> map, String key) {
        Object v = get(map, key);
        if (v == null) {
            return null;
        }
        return v instanceof String s ? s : String.valueOf(v);
    }

    public static BigDecimal decimal(Map<String, Object> map, String key) {
        Object v = get(map, key);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(v.toString().trim());
        } catch (NumberFormatException e) {
            throw DearException.badRequest(key + " must be a number.");
        }
    }

    public static Boolean bool(Map<String, Object> map, String key) {
        Object v = get(map, key);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return Boolean.parseBoolean(v.toString());
    }

    public static Integer integer(Map<String, Object> map, String key) {
        BigDecimal d = decimal(map, key);
        return d == null ? null : d.intValue();
    }

    public static Double dbl(Map<String, Object> map, String key) {
        BigDecimal d = decimal(map, key);
        return d == null ? null : d.doubleValue();
    }

    public static List<Map<String, Object>> objects(Map<String, Object> map, String key) {
        Object v = get(map, key);
        List<Map<String, Object>> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> list)) {
            throw DearException.badRequest(key + " must be an array.");
        }
        for (Object item : list) {
            out.add(asObject(item, key + "[]"));
        }
        return out;
    }
}
