package io.dearbridge.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secrets in a payload before a page shows it: the value of any JSON field whose name speaks of a
 * secret, key, token, password or authorisation becomes {@code "****"}. Text-level on purpose, so a payload
 * that is not valid JSON is masked too instead of being shown raw.
 */
public final class PayloadMask {

    private static final Pattern SECRET_FIELD = Pattern.compile(
            "(\"[^\"]*(?i:secret|key|token|password|passwd|auth|credential)[^\"]*\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");

    private PayloadMask() {
    }

    public static String mask(String payload) {
        if (payload == null) {
            return null;
        }
        Matcher matcher = SECRET_FIELD.matcher(payload);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + "\"****\""));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
