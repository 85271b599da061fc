package io.dearbridge.push;

import io.dearbridge.order.PushCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.account.Secret;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.domain.order.ShipmentDetails;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.StageLine;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.outbox.ClaimedCommand;
import io.dearbridge.outbox.Outcome;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The push's rules for DEAR's non-idempotent writes, against a scripted DEAR. */
class FulfilmentPushHandlerTest {

    private static final DearAccount ACCOUNT = new DearAccount("demo", URI.create("http://dear/"), new Secret("a"),
            new Secret("k"), new Secret("w"));
    private static final ShipmentDetails SHIPMENT = new ShipmentDetails("StarTrack", "ST1", null,
            LocalDate.parse("2026-03-11"));

    private final ScriptedDear dear = new ScriptedDear();
    private final FulfilmentPushHandler handler = handler(false);

    private FulfilmentPushHandler handler(boolean planned) {
        return handler(planned, "l1");
    }

    private FulfilmentPushHandler handler(boolean planned, String lineId) {
        FulfilmentPushHandler h = new FulfilmentPushHandler();
        h.dear = dear;
        h.accounts = new AccountRegistry() {
            @Override
            public Optional<DearAccount> find(String code) {
                return Optional.of(ACCOUNT);
            }
        };
        h.contexts = new PushContexts() {
            @Override
            public PushContext load(PushCommand command, CommandKind kind) {
                return new PushContext("sale-1", "SO-1", "task-1", planned, 1, false,
                        List.of(new StageLine("TENT", BigDecimal.ONE, "A-1", null, null, "Box 1")), SHIPMENT,
                        List.of("Box 1"), command.knownTaskIds(), null, List.of(new ShipBox("Box 1", lineId)));
            }
        };
        return h;
    }

    private static ClaimedCommand claim(CommandKind kind, boolean outcomeUnknown) {
        PushCommand payload = new PushCommand(1, 2, 1, 3L, "sale-1", Set.of("task-1"));
        return new ClaimedCommand(9, "demo", OrderingKey.ofOrder(1), kind, payload.toJson(), 1, Instant.now(),
                outcomeUnknown);
    }

    @Test
    void theHappyPathIsOneWriteAndNoRead() {
        dear.answers.add(answer("AUTHORISED"));
        Outcome<PushAnswer> outcome = handler.send(claim(CommandKind.PICK, false));
        Outcome.Sent sent = assertInstanceOf(Outcome.Sent.class, outcome);
        assertEquals(List.of("POST pick task-1"), dear.calls);
        assertEquals("{\"Status\":\"AUTHORISED\"}", sent.response());
    }

    @Test
    void anAlreadyAuthorisedRejectionCountsAsSentOnceARereadConfirmsIt() {
        dear.answers.add(new DearCallException(FailureKind.PERMANENT, 400, "Pick already authorised", false, null));
        dear.answers.add(answer("AUTHORISED"));
        Outcome.Sent sent = assertInstanceOf(Outcome.Sent.class, handler.send(claim(CommandKind.PICK, false)));
        assertTrue(sent.confirmedByReading());
        assertEquals(List.of("POST pick task-1", "GET PICK task-1"), dear.calls);
    }

    @Test
    void aRejectionDearDoesNotBearOutFailsWithDearsMessage() {
        dear.answers.add(new DearCallException(FailureKind.PERMANENT, 400, "Pick must be authorised first", false,
                null));
        dear.answers.add(answer("DRAFT"));
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, handler.send(claim(CommandKind.PACK, false)));
        assertEquals(FailureKind.PERMANENT, failed.failure().kind());
        assertEquals(400, failed.failure().httpStatus());
        assertEquals("Pick must be authorised first", failed.failure().message());
    }

    @Test
    void afterAnUnknownOutcomeDearIsReadBeforeWritingAgain() {
        dear.answers.add(answer("AUTHORISED"));
        Outcome.Sent sent = assertInstanceOf(Outcome.Sent.class, handler.send(claim(CommandKind.SHIP, true)));
        assertTrue(sent.confirmedByReading());
        assertEquals(List.of("GET SHIP task-1"), dear.calls, "no second ship was posted");

        dear.calls.clear();
        dear.answers.add(answer("NOT AVAILABLE"));
        dear.answers.add(answer("AUTHORISED"));
        assertInstanceOf(Outcome.Sent.class, handler.send(claim(CommandKind.SHIP, true)));
        assertEquals(List.of("GET SHIP task-1", "POST ship task-1"), dear.calls);
    }

    @Test
    void throttlingAndTimeoutsAreRetriedTimeoutsKeepTheirUnknownOutcome() {
        dear.answers.add(new DearCallException(FailureKind.THROTTLED, 503, "You have reached 60 calls", false, null));
        Outcome.Failed throttled = assertInstanceOf(Outcome.Failed.class, handler.send(claim(CommandKind.PICK, false)));
        assertEquals(FailureKind.THROTTLED, throttled.failure().kind());

        dear.answers.add(new DearCallException(FailureKind.TRANSIENT, null, "timeout", true, null));
        Outcome.Failed timeout = assertInstanceOf(Outcome.Failed.class, handler.send(claim(CommandKind.PICK, false)));
        assertEquals(FailureKind.TRANSIENT, timeout.failure().kind());
    }

    @Test
    void aNewFulfilmentIsNeverCreatedTwice() {
        dear.newTask = Optional.of("task-2");
        Outcome.Sent sent = assertInstanceOf(Outcome.Sent.class, handler(true).send(claim(CommandKind.ADD_FULFILMENT,
                true)));
        assertEquals(new PushAnswer.NewFulfilment("task-2"), sent.detail());
        assertEquals(List.of("GET fulfilments sale-1 known [task-1]"), dear.calls);

        dear.calls.clear();
        dear.newTask = Optional.empty();
        dear.answers.add("task-3");
        Outcome.Sent created = assertInstanceOf(Outcome.Sent.class,
                handler(true).send(claim(CommandKind.ADD_FULFILMENT, false)));
        assertEquals(new PushAnswer.NewFulfilment("task-3"), created.detail());
        assertEquals(List.of("POST fulfilment sale-1"), dear.calls);
    }

    @Test
    void trackingIsConfirmedByTheTrackingNumberDearShows() {
        dear.answers.add(new DearCallException(FailureKind.PERMANENT, 400, "rejected", false, null));
        dear.answers.add(new StageAnswer("task-1", "AUTHORISED", List.of(),
                List.of(new StageAnswer.ShippedBox("l1", "Box 1", "StarTrack", "ST1")), "{}"));
        assertInstanceOf(Outcome.Sent.class, handler.send(claim(CommandKind.TRACKING, false)));
        assertEquals(List.of("PUT tracking task-1 ST1 lines [l1]", "GET TRACKING task-1"), dear.calls);
    }

    @Test
    void aTrackingChangeNamesDearsLineOfEachBoxReadingTheShipmentWhenAnIdIsUnknown() {
        dear.answers.add(new StageAnswer("task-1", "AUTHORISED", List.of(),
                List.of(new StageAnswer.ShippedBox("line-9", "Box 1", "StarTrack", "OLD")), "{}"));
        dear.answers.add(answer("AUTHORISED"));
        assertInstanceOf(Outcome.Sent.class, handler(false, null).send(claim(CommandKind.TRACKING, false)));
        assertEquals(List.of("GET TRACKING task-1", "PUT tracking task-1 ST1 lines [line-9]"), dear.calls,
                "without DEAR's line ID the PUT would add a line instead of updating it");
    }

    @Test
    void aStageIsNotSentToAFulfilmentDearHasNotCreated() {
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, handler(true).send(claim(CommandKind.PICK,
                false)));
        assertTrue(failed.failure().message().contains("not been created"));
        assertTrue(dear.calls.isEmpty());
    }

    private static StageAnswer answer(String status) {
        return new StageAnswer("task-1", status, List.of(), List.of(), "{\"Status\":\"" + status + "\"}");
    }

    /** Answers calls from a script, in order; records what was called. */
    static final class ScriptedDear implements DearFulfilmentGateway {

        final Deque<Object> answers = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();
        Optional<String> newTask = Optional.empty();

        private <T> T next(String call, Class<T> type) {
            calls.add(call);
            Object next = answers.removeFirst();
            if (next instanceof DearCallException e) {
                throw e;
            }
            return type.cast(next);
        }

        @Override
        public String addFulfilment(DearAccount account, String saleId, Set<String> known) {
            return next("POST fulfilment " + saleId, String.class);
        }

        @Override
        public Optional<String> newFulfilment(DearAccount account, String saleId, Set<String> known) {
            calls.add("GET fulfilments " + saleId + " known " + known.stream().sorted().toList());
            return newTask;
        }

        @Override
        public StageAnswer pick(DearAccount account, String taskId, List<StageLine> lines) {
            return next("POST pick " + taskId, StageAnswer.class);
        }

        @Override
        public StageAnswer autoPick(DearAccount account, String taskId) {
            return next("POST autopick " + taskId, StageAnswer.class);
        }

        @Override
        public StageAnswer pack(DearAccount account, String taskId, List<StageLine> lines) {
            return next("POST pack " + taskId, StageAnswer.class);
        }

        @Override
        public StageAnswer ship(DearAccount account, String taskId, ShipmentDetails shipment, List<String> boxes,
                                ShipTo shipTo) {
            return next("POST ship " + taskId, StageAnswer.class);
        }

        @Override
        public StageAnswer changeTracking(DearAccount account, String taskId, ShipmentDetails shipment,
                                          List<ShipBox> boxes, ShipTo shipTo) {
            return next("PUT tracking " + taskId + " " + shipment.trackingNumber() + " lines "
                    + boxes.stream().map(ShipBox::dearLineId).toList(), StageAnswer.class);
        }

        @Override
        public StageAnswer read(DearAccount account, Stage stage, String taskId) {
            return next("GET " + stage + " " + taskId, StageAnswer.class);
        }
    }
}
