package io.dearbridge.metrics;

import org.jboss.logging.MDC;

/**
 * The account and the DEAR document a thread works on, in the log context (MDC), so every log line written meanwhile
 * carries them: the JSON console log (configure-json-logs.cli) prints them under {@code mdc}, where a log shipper can
 * filter by account or sale. JBoss Logging's MDC is the server's own (the log manager's), so java.util.logging lines
 * get it too.
 */
public final class LogContext {

    public static final String ACCOUNT = "account";
    public static final String SALE = "sale";
    public static final String ORDER = "order";

    private LogContext() {
    }

    /** Puts the value under the key until the returned scope closes, which restores what was there (or nothing). */
    public static Scope with(String key, String value) {
        Object before = MDC.get(key);
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
        return () -> {
            if (before == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, before);
            }
        };
    }

    /** A log context entry that ends without a checked exception. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
