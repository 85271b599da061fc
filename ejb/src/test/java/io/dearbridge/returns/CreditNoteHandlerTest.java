package io.dearbridge.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.account.Secret;
import io.dearbridge.dear.DearCallException;
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
                return Optional.of(new CreditJob(returnId, 1, "demo", "sale-1", ReturnOrigin.DOCK,
                        ReturnStatus.RECEIVED, REF, null, LINES, Map.of()));
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
                };
            }

            @Override
            public CreditNoteAnswer create(DearAccount account, SaleForCredit sale, String reference,
                                           List<ReceivedLine> lines) {
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
            public CreditNoteAnswer addRestock(DearAccount account, SaleForCredit sale, String taskId,
                                               List<ReceivedLine> restock, Map<String, BigDecimal> shortfall) {
                throw new AssertionError("not a restock");
            }
        };
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
