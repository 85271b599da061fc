package io.dearbridge.dear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.dear.model.DearJson;
import io.dearbridge.dear.model.Fixtures;
import io.dearbridge.dear.model.Me;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Error bodies as object, as array and inside a 200, and what each becomes. */
class DearExchangeTest {

    private static DearExchange answer(int status, String body) {
        return new DearExchange(status, body, Optional.empty());
    }

    @Test
    void errorModelAsArrayOn400IsPermanentWithDearsText() {
        DearExchange exchange = answer(400, Fixtures.text("error-400.json"));
        assertFalse(exchange.ok());
        DearCallException e = exchange.failure(true, true);
        assertEquals(FailureKind.PERMANENT, e.kind());
        assertEquals(400, e.httpStatus());
        assertEquals("Pick status must be DRAFT or NOT AVAILABLE to save the pick. Current status: AUTHORISED",
                e.dearMessage());
        assertFalse(e.outcomeUnknown());
        SyncFailure failure = e.toFailure();
        assertEquals(FailureKind.PERMANENT, failure.kind());
        assertEquals(400, failure.httpStatus());
        assertEquals(e.dearMessage(), failure.message());
    }

    @Test
    void throttleBodiesOn503And429() {
        DearCallException on503 = answer(503, Fixtures.text("error-503-rate-limit.json")).failure(true, false);
        assertEquals(FailureKind.THROTTLED, on503.kind());
        assertEquals(503, on503.httpStatus());
        assertEquals("You have reached 60 calls per 60 seconds API limit.", on503.dearMessage());
        assertEquals(FailureKind.THROTTLED, answer(429, Fixtures.text("error-429.json")).failure(true, false).kind());
        assertEquals(FailureKind.THROTTLED, answer(429, "").failure(false, false).kind());
    }

    @Test
    void anErrorInsideA200IsNotTrusted() {
        DearExchange exchange = answer(200, Fixtures.text("error-503-rate-limit.json"));
        assertFalse(exchange.ok());
        assertEquals(503, exchange.effectiveStatus());
        DearCallException e = exchange.failure(true, false);
        assertEquals(FailureKind.THROTTLED, e.kind());
        assertEquals(200, e.httpStatus());
        assertTrue(e.dearMessage().startsWith("ErrorCode 503 in an HTTP 200 answer: You have reached"), e.dearMessage());

        DearExchange arrayIn200 = answer(200, "[{\"ErrorCode\":\"400\",\"Exception\":\"bad\"}]");
        assertFalse(arrayIn200.ok());
        assertEquals(FailureKind.PERMANENT, arrayIn200.failure(true, false).kind());

        DearExchange oddCode = answer(200, "{\"ErrorCode\":0,\"Exception\":\"odd\"}");
        assertFalse(oddCode.ok());
        assertEquals(FailureKind.PERMANENT, oddCode.failure(true, false).kind());
    }

    @Test
    void ordinaryBodiesAreTrusted() {
        assertTrue(answer(200, "{\"Company\":\"Demo\"}").ok());
        assertTrue(answer(200, "[]").ok());
        assertTrue(answer(204, null).ok());
        assertTrue(answer(200, Fixtures.text("sale.json")).ok());
        Me me = answer(200, "{\"Company\":\"Demo\"}").read(DearJson.mapper().constructType(Me.class));
        assertEquals("Demo", me.company());
        assertNull(answer(204, null).read(DearJson.mapper().constructType(Me.class)));
    }

    @Test
    void unreadableSuccessIsPermanent() {
        DearCallException e = assertThrows(DearCallException.class,
                () -> answer(200, "{\"Company\": [1,").read(DearJson.mapper().constructType(Me.class)));
        assertEquals(FailureKind.PERMANENT, e.kind());
    }

    @Test
    void plainTextAndHtmlBodiesBecomeTheMessage() {
        DearCallException e = answer(403, "Incorrect credentials!").failure(false, false);
        assertEquals(FailureKind.CREDENTIALS, e.kind());
        assertEquals("Incorrect credentials!", e.dearMessage());
        assertEquals("(no body)", answer(502, "").failure(true, false).dearMessage());
        assertEquals(DearResponses.MAX_MESSAGE, answer(500, "x".repeat(5000)).failure(true, false).dearMessage().length());
    }

    @Test
    void aWriteThatGot5xxHasAnUnknownOutcome() {
        assertTrue(answer(500, "boom").failure(true, true).outcomeUnknown());
        assertFalse(answer(500, "boom").failure(true, false).outcomeUnknown());
        assertFalse(answer(503, "").failure(true, true).outcomeUnknown(), "a throttled write was not applied");
    }

    @Test
    void retryAfterInSecondsOnly() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), DearExchange.parseRetryAfter(" 7 "));
        assertEquals(Optional.empty(), DearExchange.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertEquals(Optional.empty(), DearExchange.parseRetryAfter(null));
    }

    @Test
    void aValueDearSentThatCannotBeReadIsPermanentAndNamesItsField() {
        DearExchange exchange = answer(200, "{\"ID\": \"0f1e\", \"Order\": {\"Lines\": [{\"SKU\": \"A\","
                + " \"Quantity\": \"two\"}]}}");
        DearCallException e = assertThrows(DearCallException.class, () -> exchange.read(
                DearJson.mapper().getTypeFactory().constructType(io.dearbridge.dear.model.Sale.class)));
        assertEquals(FailureKind.PERMANENT, e.kind());
        assertTrue(e.getMessage().contains("Order.Lines[0].Quantity"), e.getMessage());
    }
}
