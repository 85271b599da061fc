package io.dearbridge.dear.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DearDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2017-11-22T00:00:00,             2017-11-22T00:00:00Z",
            "2017-11-22T10:10:49Z,            2017-11-22T10:10:49Z",
            "2017-11-22T10:10:49.7,           2017-11-22T10:10:49.700Z",
            "2017-11-22T10:10:49.75Z,         2017-11-22T10:10:49.750Z",
            "2012-11-14T13:28:33.363,         2012-11-14T13:28:33.363Z",
            "2017-11-28T06:10:37.5462Z,       2017-11-28T06:10:37.546200Z",
            "2017-11-28T06:10:37.54626Z,      2017-11-28T06:10:37.546260Z",
            "2017-11-28T06:10:37.546267,      2017-11-28T06:10:37.546267Z",
            "2017-11-28T06:10:37.5462677Z,    2017-11-28T06:10:37.5462677Z",
            "2017-11-28T06:10:37.5462677,     2017-11-28T06:10:37.5462677Z",
            "2025-03-10T23:41:07.513+10:00,   2025-03-10T13:41:07.513Z",
            "2025-03-10 23:41:07,             2025-03-10T23:41:07Z",
            "2025-03-10T23:41,                2025-03-10T23:41:00Z",
            "2025-03-10,                      2025-03-10T00:00:00Z",
            "2025-03-10t23:41:07z,            2025-03-10T23:41:07Z"
    })
    void readsEveryShapeDearSendsAsUtc(String text, String expected) {
        assertEquals(Instant.parse(expected), DearDates.parse(text));
    }

    @Test
    void nullAndBlankMeanNoDate() {
        assertNull(DearDates.parse(null));
        assertNull(DearDates.parse(""));
        assertNull(DearDates.parse("  "));
    }

    @Test
    void garbageIsRejectedNamingTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> DearDates.parseOrThrow("next Tuesday", "ShipBy"));
        assertEquals("DEAR sent an unreadable date in ShipBy: 'next Tuesday'", e.getMessage());
    }

    @Test
    void writesTheDocumentedZoneLessUtcForm() {
        assertEquals("2025-03-10T00:00:00", DearDates.format(Instant.parse("2025-03-10T00:00:00Z")));
        assertEquals("2025-03-10T23:41:07.513", DearDates.format(Instant.parse("2025-03-10T23:41:07.513Z")));
        assertEquals("2025-03-10T23:41:07.513", DearDates.format(Instant.parse("2025-03-10T23:41:07.5139Z")));
        assertNull(DearDates.format(null));
    }

    @Test
    void aDateInsideJsonGoesThroughTheSameParser() throws Exception {
        Sale sale = DearJson.mapper().readValue("{\"LastModifiedOn\":\"2017-11-28T06:10:37.5462677\",\"ShipBy\":null}",
                Sale.class);
        assertEquals(Instant.parse("2017-11-28T06:10:37.5462677Z"), sale.lastModifiedOn());
        assertNull(sale.shipBy());
    }
}
