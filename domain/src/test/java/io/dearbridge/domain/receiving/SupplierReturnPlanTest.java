package io.dearbridge.domain.receiving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupplierReturnPlanTest {

    private static final List<ArrivalDearLine> CARDS = List.of(
            new ArrivalDearLine("TENT", new BigDecimal("6"), "Main: A", null, "L1", null, "card-a"),
            new ArrivalDearLine("TENT", new BigDecimal("4"), "Main: B", null, "L1", null, "card-b"));

    private static SupplierReturnRequest tent(String qty) {
        return new SupplierReturnRequest("TENT", new BigDecimal(qty), "torn");
    }

    @Test
    void unstockQuotesTheReceivedCardsLessWhatEarlierNotesTook() {
        SupplierReturnDearView view = new SupplierReturnDearView(true, false, "INV-1", CARDS,
                List.of(new SupplierReturnDearView.Note("n1", "SR-OLD", "AUTHORISED",
                        List.of(new SupplierReturnDearView.Unstock("card-a", "TENT", new BigDecimal("5"))))), Map.of());
        SupplierReturnPlan plan = SupplierReturnPlan.of(view, "SR-NEW", List.of(tent("3")));
        assertEquals(SupplierReturnPlan.Step.SEND, plan.step());
        assertEquals(List.of(new SupplierReturnDearView.Unstock("card-a", "TENT", BigDecimal.ONE),
                new SupplierReturnDearView.Unstock("card-b", "TENT", new BigDecimal("2"))), plan.unstock());
    }

    @Test
    void theBridgesOwnNoteFoundByItsNumberIsDoneNotSentAgain() {
        SupplierReturnDearView view = new SupplierReturnDearView(false, false, "INV-1", CARDS,
                List.of(new SupplierReturnDearView.Note("po-1", "SR-NEW", "AUTHORISED", List.of())), Map.of());
        assertEquals(SupplierReturnPlan.Step.DONE, SupplierReturnPlan.of(view, "SR-NEW", List.of(tent("1"))).step());
        assertEquals(SupplierReturnPlan.Step.BLOCKED, SupplierReturnPlan.of(view, "SR-2ND", List.of(tent("1"))).step(),
                "a Simple purchase takes one credit note");
    }

    @Test
    void withoutAnAuthorisedInvoiceItWaitsAndWithTooLittleStockItIsForAnOperator() {
        assertEquals(SupplierReturnPlan.Step.WAIT_INVOICE, SupplierReturnPlan.of(
                new SupplierReturnDearView(true, false, null, CARDS, List.of(), Map.of()), "SR", List.of(tent("1"))).step());
        assertEquals(SupplierReturnPlan.Step.BLOCKED, SupplierReturnPlan.of(
                new SupplierReturnDearView(true, false, "INV", CARDS, List.of(), Map.of()), "SR", List.of(tent("11"))).step());
    }
}
