package io.dearbridge.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Row(String account, int attempts) {
        public String label() {
            return account + "/" + attempts;
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void recordComponentsAndDerivedValuesReadAsProperties() {
        Row row = new Row("demo", 3);
        ELContext context = context();
        assertEquals("demo", resolver.getValue(context, row, "account"));
        assertTrue(context.isPropertyResolved());
        assertEquals(3, resolver.getValue(context(), row, "attempts"));
        assertEquals("demo/3", resolver.getValue(context(), row, "label"));
    }

    @Test
    void otherObjectsAndUnknownNamesAreLeftToTheNextResolver() {
        ELContext context = context();
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertFalse(context.isPropertyResolved());
        ELContext unknown = context();
        assertNull(resolver.getValue(unknown, new Row("demo", 1), "nothing"));
        assertFalse(unknown.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        assertTrue(resolver.isReadOnly(context(), new Row("demo", 1), "account"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(context(), new Row("demo", 1), "account", "other"));
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
