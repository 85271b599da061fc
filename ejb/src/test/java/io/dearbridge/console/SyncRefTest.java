package io.dearbridge.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SyncRefTest {

    @Test
    void aReferenceReadsBackFromItsText() {
        SyncRef ref = new SyncRef(SyncSide.OUTBOX, 12);
        assertEquals("OUTBOX-12", ref.toString());
        assertEquals(ref, SyncRef.parse("OUTBOX-12"));
    }

    @Test
    void malformedReferencesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyncRef.parse("12"));
        assertThrows(IllegalArgumentException.class, () -> SyncRef.parse("SIDEWAYS-1"));
        assertThrows(IllegalArgumentException.class, () -> SyncRef.parse(null));
    }
}
