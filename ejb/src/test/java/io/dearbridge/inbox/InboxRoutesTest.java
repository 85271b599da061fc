package io.dearbridge.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each event type goes to the one handler that declares it; two handlers side by side each get only their own. */
class InboxRoutesTest {

    /** A handler that remembers what it was given. */
    private record Recording(Set<String> eventTypes, List<Claim> handled) implements InboxEventHandler {

        Recording(String... types) {
            this(Set.of(types), new ArrayList<>());
        }

        @Override
        public void handle(Claim claim) {
            handled.add(claim);
        }
    }

    private static List<InboxRoutes.Named> named(Recording... handlers) {
        return java.util.Arrays.stream(handlers).map(h -> new InboxRoutes.Named("Recording" + h.eventTypes().size(), h))
                .toList();
    }

    private static Claim claim(String type) {
        return new Claim(1, "demo", type, 1, Instant.EPOCH);
    }

    @Test
    void eachHandlerGetsOnlyTheTypesItDeclares() {
        Recording sales = new Recording("Sale/OrderAuthorised", "Sale/Voided");
        Recording purchases = new Recording("Purchase/OrderAuthorised");
        InboxRoutes routes = InboxRoutes.of(named(sales, purchases));

        for (String type : List.of("Sale/OrderAuthorised", "Purchase/OrderAuthorised", "Sale/Voided")) {
            routes.forType(type).orElseThrow().handle(claim(type));
        }

        assertEquals(List.of("Sale/OrderAuthorised", "Sale/Voided"),
                sales.handled().stream().map(Claim::eventType).toList());
        assertEquals(List.of("Purchase/OrderAuthorised"), purchases.handled().stream().map(Claim::eventType).toList());
    }

    @Test
    void theLogSaysWhichHandlersTakeHowManyTypes() {
        assertEquals("no handlers", InboxRoutes.of(named()).describe());
        assertEquals("Recording1 (1 type), Recording2 (2 types)", InboxRoutes.of(named(new Recording("Purchase/Updated"),
                new Recording("Sale/OrderAuthorised", "Sale/Voided"))).describe());
    }

    @Test
    void aTypeNoHandlerDeclaresHasNoRoute() {
        InboxRoutes routes = InboxRoutes.of(named(new Recording("Sale/OrderAuthorised")));
        assertEquals(Optional.empty(), routes.forType("Sale/QuoteAuthorised"));
        assertEquals(Optional.empty(), InboxRoutes.of(named()).forType("Sale/OrderAuthorised"));
    }

    @Test
    void twoHandlersClaimingOneTypeAreRefusedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InboxRoutes.of(named(
                new Recording("Sale/OrderAuthorised"), new Recording("Sale/Voided", "Sale/OrderAuthorised"))));
        assertTrue(e.getMessage().contains("Sale/OrderAuthorised"), e.getMessage());
        assertTrue(e.getMessage().contains("Recording1 and Recording2"), e.getMessage());
    }
}
