package io.dearbridge.dear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dearbridge.dear.model.SaleListPage;
import io.dearbridge.dear.model.SaleSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SaleListPagerTest {

    private final List<Integer> asked = new ArrayList<>();

    private SaleListPage page(int page, int rows, Integer total) {
        asked.add(page);
        return new SaleListPage(total, page, IntStream.range(0, rows).mapToObj(i -> row(page + "-" + i)).toList());
    }

    private static SaleSummary row(String id) {
        return new SaleSummary(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void stopsWhenPageTimesLimitReachesTotal() {
        List<SaleSummary> rows = new SaleListPager(10, 100).collect(p -> page(p, 10, 30));
        assertEquals(30, rows.size());
        assertEquals(List.of(1, 2, 3), asked);
    }

    @Test
    void stopsOnAShortPageEvenIfTotalSaysMore() {
        List<SaleSummary> rows = new SaleListPager(10, 100).collect(p -> page(p, p == 2 ? 4 : 10, 100));
        assertEquals(14, rows.size());
        assertEquals(List.of(1, 2), asked);
    }

    @Test
    void stopsOnAnEmptyFirstPage() {
        assertEquals(0, new SaleListPager(10, 100).collect(p -> page(p, 0, 0)).size());
        assertEquals(List.of(1), asked);
    }

    @Test
    void withoutTotalAFullPageAsksForTheNext() {
        List<SaleSummary> rows = new SaleListPager(5, 100).collect(p -> page(p, p < 3 ? 5 : 0, null));
        assertEquals(10, rows.size());
        assertEquals(List.of(1, 2, 3), asked);
    }

    @Test
    void aGrowingTotalCannotLoopForever() {
        new SaleListPager(5, 4).collect(p -> page(p, 5, p * 5 + 5));
        assertEquals(List.of(1, 2, 3, 4), asked);
    }

    @Test
    void limitIsOneToAThousand() {
        assertThrows(IllegalArgumentException.class, () -> new SaleListPager(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SaleListPager(1001, 1));
        assertEquals(1000, new SaleListPager(1000, 1).limit());
    }
}
