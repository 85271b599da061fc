package io.dearbridge.domain.receiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArrivalPlanTest {

    private static final ArrivalPlacement A = new ArrivalPlacement("TENT", new BigDecimal("6"), "Main: A-03-02", "bin-a",
            "L1", null);
    private static final ArrivalPlacement B = new ArrivalPlacement("TENT", new BigDecimal("4"), "Main: B-01-01", "bin-b",
            "L1", null);
    private static final ArrivalPlacement S = new ArrivalPlacement("STOVE", new BigDecimal("2"), "Main: A-03-02", "bin-a",
            null, null);

    private static ArrivalDearLine dear(ArrivalPlacement p, String card) {
        return new ArrivalDearLine(p.sku(), p.quantity(), p.placeName(), p.placeId(), p.batch(), null, card);
    }

    private static ArrivalDearView simple(String status, List<ArrivalDearLine> lines, boolean invoiceFirst,
                                          boolean invoiced) {
        return new ArrivalDearView(false, invoiceFirst, invoiced, false,
                List.of(new ArrivalDearTask("po-1", status, lines)), List.of());
    }

    @Test
    void simpleOnePostPerDearPlaceThenOneAuthorise() {
        ArrivalPlan plan = ArrivalPlan.of(simple("NOT AVAILABLE", List.of(), false, false), List.of(A, B, S), null, Set.of());
        assertEquals(ArrivalPlan.Step.SEND, plan.step());
        assertEquals(2, plan.stockPosts().size(), "bin-a (TENT and STOVE) and bin-b");
        assertEquals(List.of(A, S), plan.stockPosts().get(0));
        assertTrue(plan.authorise());
    }

    @Test
    void simpleAfterALostAnswerSendsOnlyWhatDearDoesNotShow() {
        ArrivalPlan plan = ArrivalPlan.of(simple("DRAFT", List.of(dear(A, "c1"), dear(S, "c2")), false, false),
                List.of(A, B, S), null, Set.of());
        assertEquals(List.of(List.of(B)), plan.stockPosts());
        assertTrue(plan.authorise());

        ArrivalPlan all = ArrivalPlan.of(simple("DRAFT", List.of(dear(A, "c1"), dear(S, "c2"), dear(B, "c3")), false, false),
                List.of(A, B, S), null, Set.of());
        assertEquals(List.of(), all.stockPosts());
        assertTrue(all.authorise(), "written but not yet authorised");
    }

    @Test
    void simpleAuthorisedWithTheLinesIsDoneAndWithoutThemIsASecondDeliveryForAnOperator() {
        ArrivalPlan done = ArrivalPlan.of(simple("AUTHORISED", List.of(dear(A, "c1"), dear(B, "c3")), true, false),
                List.of(A, B), null, Set.of());
        assertEquals(ArrivalPlan.Step.DONE, done.step(), "done before the gate is looked at");
        ArrivalPlan second = ArrivalPlan.of(simple("AUTHORISED", List.of(dear(A, "c1")), false, false),
                List.of(B), null, Set.of());
        assertEquals(ArrivalPlan.Step.BLOCKED, second.step());
        assertTrue(second.why().contains("never converts"), second.why());
    }

    @Test
    void invoiceFirstWithoutAnAuthorisedInvoiceWaits() {
        assertEquals(ArrivalPlan.Step.WAIT_INVOICE,
                ArrivalPlan.of(simple("NOT AVAILABLE", List.of(), true, false), List.of(A), null, Set.of()).step());
        assertEquals(ArrivalPlan.Step.SEND,
                ArrivalPlan.of(simple("NOT AVAILABLE", List.of(), true, true), List.of(A), null, Set.of()).step());
    }

    @Test
    void advancedNewTaskThenItsPutAwayAndAfterALostAnswerTheSameTaskIsFoundNotAnother() {
        ArrivalDearView none = new ArrivalDearView(true, false, false, false, List.of(), List.of());
        ArrivalPlan first = ArrivalPlan.of(none, List.of(A, B), null, Set.of());
        assertNull(first.taskId(), "a new task");
        assertEquals(1, first.stockPosts().size());
        assertEquals(new BigDecimal("10"), first.stockPosts().get(0).get(0).quantity(), "summed per SKU and batch");
        assertEquals(List.of(A, B), first.putAway());

        ArrivalDearTask stored = new ArrivalDearTask("t-1", "AUTHORISED",
                List.of(new ArrivalDearLine("TENT", new BigDecimal("10"), null, null, "L1", null, "s1")));
        ArrivalDearView afterTimeout = new ArrivalDearView(true, false, false, false, List.of(stored), List.of());
        ArrivalPlan again = ArrivalPlan.of(afterTimeout, List.of(A, B), null, Set.of());
        assertEquals("t-1", again.taskId());
        assertEquals(List.of(), again.stockPosts(), "no second stock POST");
        assertEquals(List.of(A, B), again.putAway());

        ArrivalPlan other = ArrivalPlan.of(afterTimeout, List.of(A, B), null, Set.of("T-1"));
        assertNull(other.taskId(), "another arrival's task is never taken");

        ArrivalDearView putAway = new ArrivalDearView(true, false, false, false, List.of(stored),
                List.of(new ArrivalDearTask("t-1", "AUTHORISED", List.of(dear(A, "p1"), dear(B, "p2")))));
        assertEquals(ArrivalPlan.Step.DONE, ArrivalPlan.of(putAway, List.of(A, B), null, Set.of()).step());
    }

    @Test
    void advancedFirstArrivalTakesTheEmptyTaskOfTheInvoicedGroup() {
        ArrivalDearView view = new ArrivalDearView(true, true, true, false,
                List.of(new ArrivalDearTask("t-0", "NOT AVAILABLE", List.of())), List.of());
        assertEquals("t-0", ArrivalPlan.of(view, List.of(A), null, Set.of()).taskId());
    }
}
