package io.dearbridge.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.account.Secret;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.domain.order.LocationMap;
import io.dearbridge.domain.order.PickedBatches;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.returns.ItemCondition;
import io.dearbridge.domain.returns.ReceivedLine;
import io.dearbridge.domain.returns.ReturnOrigin;
import io.dearbridge.domain.returns.ReturnStatus;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.outbox.ClaimedCommand;
import io.dearbridge.outbox.Outcome;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One credit note per return, against a DEAR whose notes the test controls. */
class CreditNoteHandlerTest {

    private static final DearAccount ACCOUNT = new DearAccount("demo", URI.create("http://dear/"), new Secret("a"),
            new Secret("k"), new Secret("w"));
    private static final String REF = "WR-ABC";
    private static final List<ReceivedLine> LINES = List.of(new ReceivedLine("p-1", "STOVE-GAS-01", "Stove",
            BigDecimal.ONE, ItemCondition.RESTOCK, "R-1"));

    /** DEAR: the sale's notes, and what the next create does (store, fail, or store and then fail). */
    private final List<SaleSnapshot.CreditNote> notes = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private DearCallException nextCreateFails;
    private boolean storeBeforeFailing;
    private DearCallException nextReadFails;
    private boolean invoiced = true;
    private boolean advanced;
    /** DEAR's stock adjustments (by Reference), and the restock items of each POST. */
    private final List<String> adjustments = new ArrayList<>();
    private final List<List<RestockItem>> adjusted = new ArrayList<>();
    private DearCallException nextAdjustmentFails;
    private boolean kindRestock;

    private final CreditNoteHandler handler = new CreditNoteHandler();

    CreditNoteHandlerTest() {
        handler.accounts = new AccountRegistry() {
            @Override
            public Optional<DearAccount> find(String code) {
                return Optional.of(ACCOUNT);
            }
        };
        handler.bookkeeping = new ReturnBookkeeping() {
            @Override
            public Optional<CreditJob> job(long returnId) {
                return Optional.of(kindRestock
                        ? new CreditJob(returnId, 1, "demo", "sale-1", ReturnOrigin.DEAR, ReturnStatus.RECEIVED, null,
                        "cn-dear", LINES, Map.of("STOVE-GAS-01", BigDecimal.ONE), new PickedBatches(List.of(
                        new PickedBatches.Batch("STOVE-GAS-01", "L-7", null, BigDecimal.ONE))))
                        : new CreditJob(returnId, 1, "demo", "sale-1", ReturnOrigin.DOCK,
                        ReturnStatus.RECEIVED, REF, null, LINES, Map.of(), PickedBatches.none()));
            }
        };
        handler.dear = new DearReturnsGateway() {
            @Override
            public SaleForCredit read(DearAccount account, String saleId) {
                calls.add("GET sale");
                if (nextReadFails != null) {
                    DearCallException e = nextReadFails;
                    nextReadFails = null;
                    throw e;
                }
                List<SaleSnapshot.CreditNote> now = List.copyOf(notes);
                boolean hasInvoice = invoiced;
                boolean isAdvanced = advanced;
                return new SaleForCredit() {
                    @Override
                    public List<SaleSnapshot.CreditNote> creditNotes() {
                        return now;
                    }

                    @Override
                    public boolean invoiced() {
                        return hasInvoice;
                    }

                    @Override
                    public boolean advanced() {
                        return isAdvanced;
                    }

                    @Override
                    public Instant lastModifiedOn() {
                        return null;
                    }

                    @Override
                    public String location() {
                        return "Main Warehouse";
                    }

                    @Override
                    public PickedBatches pickedBatches() {
                        return PickedBatches.none();
                    }

                    @Override
                    public Optional<Product> product(String sku) {
                        return Optional.empty();
                    }
                };
            }

            @Override
            public CreditNoteAnswer create(DearAccount account, SaleForCredit sale, String reference,
                                           List<ReceivedLine> lines, List<RestockItem> restock) {
                calls.add("POST sale/creditnote");
                if (nextCreateFails == null || storeBeforeFailing) {
                    notes.add(new SaleSnapshot.CreditNote("cn-" + notes.size(), "CR-" + notes.size(), "AUTHORISED",
                            "Dock return " + reference, List.of(), List.of()));
                }
                if (nextCreateFails != null) {
                    DearCallException e = nextCreateFails;
                    nextCreateFails = null;
                    throw e;
                }
                return new CreditNoteAnswer("cn-" + (notes.size() - 1), "CR-" + (notes.size() - 1), "AUTHORISED", "{}");
            }

            @Override
            public Adjustment adjustStock(DearAccount account, SaleForCredit sale, String reference,
                                          String creditNoteNumber, List<RestockItem> restock) {
                calls.add("POST stockadjustment");
                adjustments.add(reference);
                adjusted.add(restock);
                if (nextAdjustmentFails != null) {
                    DearCallException e = nextAdjustmentFails;
                    nextAdjustmentFails = null;
                    throw e;
                }
                return new Adjustment("adj-" + adjustments.size(), "ST-" + adjustments.size(), "COMPLETED", "{}");
            }

            @Override
            public Optional<Adjustment> findAdjustment(DearAccount account, String reference) {
                calls.add("GET stockadjustmentList");
                int at = adjustments.indexOf(reference);
                return at < 0 ? Optional.empty()
                        : Optional.of(new Adjustment("adj-" + (at + 1), "ST-" + (at + 1), "COMPLETED", "{}"));
            }
        };
        handler.places = new RestockPlaces() {
            @Override
            public Optional<LocationMap.DearPlace> place(String accountCode, String warehouseLocation,
                                                         String saleLocation) {
                return "R-1".equals(warehouseLocation)
                        ? Optional.of(new LocationMap.DearPlace("Main Warehouse: RETURNS", null)) : Optional.empty();
            }
        };
    }

    /** DEAR's own note, AUTHORISED, crediting the stove without restock. */
    private void authorisedNoteWithoutRestock() {
        kindRestock = true;
        notes.add(new SaleSnapshot.CreditNote("cn-dear", "CR-9", "AUTHORISED", "Return entered in DEAR", List.of(),
                List.of()));
    }

    private static ClaimedCommand restockClaim(int attempt, boolean unknown) {
        return new ClaimedCommand(8, "demo", OrderingKey.ofOrder(1), CommandKind.RESTOCK,
                new CreditNoteCommand(5).toJson(), attempt, Instant.now(), unknown);
    }

    @Test
    void restockAnAuthorisedNoteLacksIsOneStockAdjustmentAtTheMappedPlaceWithThePickedBatch() {
        authorisedNoteWithoutRestock();
        Outcome.Sent<?> sent = assertInstanceOf(Outcome.Sent.class, handler.send(restockClaim(1, false)));
        assertEquals(List.of("GET sale", "POST stockadjustment"), calls, "no write to the authorised note");
        CreditNoteAnswer answer = (CreditNoteAnswer) sent.detail();
        assertEquals("cn-dear", answer.taskId(), "the return keeps DEAR's note");
        assertEquals("ST-1", answer.adjustment());
        RestockItem item = adjusted.get(0).get(0);
        assertEquals("Main Warehouse: RETURNS", item.place().name());
        assertEquals("L-7", item.batch());
        assertEquals(0, BigDecimal.ONE.compareTo(item.quantity()));
        assertEquals("RS-5-cndear", adjustments.get(0));
    }

    @Test
    void aTimeoutAfterDearStoredTheAdjustmentIsSettledByItsReferenceNotBySecondAdjustment() {
        authorisedNoteWithoutRestock();
        nextAdjustmentFails = timeout();
        assertInstanceOf(Outcome.Failed.class, handler.send(restockClaim(1, false)));
        Outcome.Sent<?> sent = assertInstanceOf(Outcome.Sent.class, handler.send(restockClaim(2, true)));
        assertTrue(sent.confirmedByReading());
        assertEquals(1, adjustments.size(), "exactly one adjustment for one receipt");
        assertEquals(List.of("GET sale", "POST stockadjustment", "GET sale", "GET stockadjustmentList"), calls);
    }

    @Test
    void aRestockPlaceTheMapDoesNotKnowIsPermanentAndWritesNothing() {
        authorisedNoteWithoutRestock();
        handler.places = new RestockPlaces() {
            @Override
            public Optional<LocationMap.DearPlace> place(String accountCode, String warehouseLocation,
                                                         String saleLocation) {
                return Optional.empty();
            }
        };
        Outcome.Failed<?> failed = assertInstanceOf(Outcome.Failed.class, handler.send(restockClaim(1, false)));
        assertEquals(FailureKind.PERMANENT, failed.failure().kind());
        assertTrue(failed.failure().message().contains("location-map"), failed.failure().message());
        assertEquals(0, adjustments.size());
    }

    private static ClaimedCommand claim(int attempt, boolean unknown) {
        return new ClaimedCommand(7, "demo", OrderingKey.ofOrder(1), CommandKind.CREDIT_NOTE,
                new CreditNoteCommand(5).toJson(), attempt, Instant.now(), unknown);
    }

    private static DearCallException timeout() {
        return new DearCallException(FailureKind.TRANSIENT, null, "Read timed out", true, null);
    }

    @Test
    void theHappyPathReadsTheSaleThenCreatesOneNote() {
        Outcome.Sent<?> sent = assertInstanceOf(Outcome.Sent.class, handler.send(claim(1, false)));
        assertEquals(List.of("GET sale", "POST sale/creditnote"), calls);
        assertEquals(1, notes.size());
        assertEquals("cn-0", ((CreditNoteAnswer) sent.detail()).taskId());
    }

    @Test
    void aTimeoutAfterDearStoredTheNoteIsSettledByReadingNotByASecondPost() {
        nextCreateFails = timeout();
        storeBeforeFailing = true;
        Outcome.Failed<?> failed = assertInstanceOf(Outcome.Failed.class, handler.send(claim(1, false)));
        assertEquals(FailureKind.TRANSIENT, failed.failure().kind(), "retried, with its outcome unknown");

        Outcome.Sent<?> sent = assertInstanceOf(Outcome.Sent.class, handler.send(claim(2, true)));
        assertTrue(sent.confirmedByReading());
        assertEquals(1, notes.size(), "DEAR ends with exactly one note");
        assertEquals(List.of("GET sale", "POST sale/creditnote", "GET sale"), calls);
    }

    @Test
    void aTimeoutBeforeDearStoredAnythingCreatesTheNoteOnTheRetry() {
        nextCreateFails = timeout();
        handler.send(claim(1, false));
        assertEquals(0, notes.size());
        assertInstanceOf(Outcome.Sent.class, handler.send(claim(2, true)));
        assertEquals(1, notes.size());
    }

    @Test
    void aReadThatFailsAfterAnUnknownOutcomeKeepsItUnknownAndWritesNothing() {
        nextReadFails = new DearCallException(FailureKind.PERMANENT, 404, "gone", false, null);
        Outcome.Failed<?> failed = assertInstanceOf(Outcome.Failed.class, handler.send(claim(2, true)));
        assertEquals(FailureKind.TRANSIENT, failed.failure().kind());
        assertEquals(List.of("GET sale"), calls);
    }

    @Test
    void dearsRefusalIsPermanentWithDearsMessage() {
        nextCreateFails = new DearCallException(FailureKind.PERMANENT, 400,
                "Invoice status must be AUTHORISED or PAID to save the credit note.", false, null);
        Outcome.Failed<?> failed = assertInstanceOf(Outcome.Failed.class, handler.send(claim(1, false)));
        assertEquals(FailureKind.PERMANENT, failed.failure().kind());
        assertTrue(failed.failure().message().contains("Invoice status must be AUTHORISED"), failed.failure().message());
        assertEquals(0, notes.size());
    }

    @Test
    void withoutAnAuthorisedInvoiceTheReturnWaitsAndNothingIsWritten() {
        invoiced = false;
        Outcome.Sent<?> sent = assertInstanceOf(Outcome.Sent.class, handler.send(claim(1, false)));
        CreditNoteAnswer answer = (CreditNoteAnswer) sent.detail();
        assertTrue(answer.parked());
        assertEquals("WAITING_INVOICE", answer.status());
        assertEquals(List.of("GET sale"), calls, "no write DEAR would refuse");
        assertEquals(0, notes.size());
    }

    @Test
    void aSimpleSaleWithANoteAlreadyTakesNoSecondOne() {
        notes.add(new SaleSnapshot.CreditNote("cn-cs", "CR-9", "AUTHORISED", "Raised in DEAR", List.of(), List.of()));
        Outcome.Sent<?> sent = assertInstanceOf(Outcome.Sent.class, handler.send(claim(1, false)));
        assertEquals("CREDIT_IN_DEAR", ((CreditNoteAnswer) sent.detail()).status());
        assertTrue(((CreditNoteAnswer) sent.detail()).parked());
        assertEquals(List.of("GET sale"), calls);
    }

    @Test
    void anAdvancedSaleTakesOneNotePerReturn() {
        advanced = true;
        notes.add(new SaleSnapshot.CreditNote("cn-cs", "CR-9", "AUTHORISED", "Raised in DEAR", List.of(), List.of()));
        Outcome.Sent<?> sent = assertInstanceOf(Outcome.Sent.class, handler.send(claim(1, false)));
        assertTrue(!((CreditNoteAnswer) sent.detail()).parked());
        assertEquals(List.of("GET sale", "POST sale/creditnote"), calls);
        assertEquals(2, notes.size());
    }
}
