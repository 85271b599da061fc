package io.dearbridge.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

class LogContextTest {

    @Test
    void aScopePutsItsValueAndRestoresWhatWasThereWhenItCloses() {
        try (LogContext.Scope account = LogContext.with(LogContext.ACCOUNT, "acme")) {
            assertEquals("acme", MDC.get("account"));
            try (LogContext.Scope sale = LogContext.with(LogContext.SALE, "SO-1");
                 LogContext.Scope other = LogContext.with(LogContext.ACCOUNT, "demo")) {
                assertEquals("SO-1", MDC.get("sale"));
                assertEquals("demo", MDC.get("account"));
            }
            assertEquals("acme", MDC.get("account"));
            assertNull(MDC.get("sale"));
            try (LogContext.Scope none = LogContext.with(LogContext.SALE, null)) {
                assertNull(MDC.get("sale"));
            }
        }
        assertNull(MDC.get("account"));
    }
}
