package io.dearbridge.it.dear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.SaleListQuery;
import io.dearbridge.dear.model.Fulfilment;
import io.dearbridge.dear.model.PickPackTask;
import io.dearbridge.dear.model.Sale;
import io.dearbridge.dear.model.SaleSummary;
import io.dearbridge.dear.model.ShipLine;
import io.dearbridge.dear.model.ShipTask;
import io.dearbridge.dear.model.StockLine;
import io.dearbridge.dear.model.Webhook;
import io.dearbridge.dear.model.WebhookHeader;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.TestAccounts;
import io.dearbridge.it.SimulatorAccount;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OverProtocol;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each endpoint the bridge uses, through DearClient, against the simulator over real HTTP. */
@ExtendWith(ArquillianExtension.class)
class DearClientIT {

    @Deployment
    @OverProtocol("Servlet 6.0")
    static EnterpriseArchive ear() {
        return Deployments.bridgeEarWith(DearClientIT.class);
    }

    @Inject
    DearClient dear;

    @Inject
    AccountRegistry accounts;

    private DearAccount fastSandbox(String code) {
        DearAccount account = TestAccounts.sandbox(accounts, code, 600, 60, 2);
        TestAccounts.simulated(account).settings("{\"rateLimit\":600}");
        return account;
    }

    @Test
    void aSaleGoesThroughPickPackShipAndTracking() {
        DearAccount account = fastSandbox("it-flow");
        SimulatorAccount sim = TestAccounts.simulated(account);
        String saleId = sim.createSale("{}").getString("ID");

        Sale sale = dear.sale(account, saleId);
        assertEquals(saleId, sale.id());
        assertNotNull(sale.orderNumber());
        assertEquals("AUTHORISED", sale.order().status());
        assertFalse(sale.order().lines().isEmpty());
        assertNotNull(sale.lastModifiedOn());
        Fulfilment fulfilment = dear.fulfilments(account, saleId).fulfilments().get(0);
        String task = fulfilment.taskId();
        assertEquals(task, sale.fulfilments().get(0).taskId());

        PickPackTask picked = dear.autoPick(account, task);
        assertEquals("AUTHORISED", picked.status());
        PickPackTask pick = dear.pick(account, task);
        assertEquals("AUTHORISED", pick.status());
        assertFalse(pick.lines().isEmpty());

        DearCallException again = assertThrows(DearCallException.class, () -> dear.autoPick(account, task));
        assertEquals(FailureKind.PERMANENT, again.kind());
        assertEquals(400, again.httpStatus());
        assertFalse(again.outcomeUnknown());

        List<StockLine> boxed = pick.lines().stream().map(line -> line.inBox("CTN-1")).toList();
        assertEquals("AUTHORISED", dear.postPack(account, PickPackTask.authorise(task, boxed)).status());
        assertEquals("CTN-1", dear.pack(account, task).lines().get(0).box());

        Instant shipped = Instant.parse("2025-03-11T00:00:00Z");
        dear.postShip(account, ShipTask.authorise(task, null, sale.shippingAddress(), sale.shippingNotes(),
                List.of(ShipLine.shipped(shipped, "StarTrack", "CTN-1", "AB1"))));
        ShipTask ship = dear.ship(account, task);
        assertEquals("AUTHORISED", ship.status());
        assertEquals("CTN-1", ship.lines().get(0).boxName());
        assertEquals("AB1", ship.lines().get(0).trackingNumber());
        assertEquals(shipped, ship.lines().get(0).shipmentDate());

        // DEAR updates the line whose ID is sent; a line without one would be added as a new line.
        String lineId = ship.lines().get(0).id();
        dear.addTrackingNumbers(account, ShipTask.addTrackingNumbers(task, null, sale.shippingAddress(),
                sale.shippingNotes(), List.of(new ShipLine(lineId, shipped, "StarTrack", "CTN-1", null, "AB2", null,
                Boolean.TRUE))));
        assertEquals(1, dear.ship(account, task).lines().size());
        assertEquals("AB2", dear.ship(account, task).lines().get(0).trackingNumber());
        Sale after = dear.sale(account, saleId);
        assertEquals("SHIPPED", after.combinedShippingStatus());
        assertTrue(after.lastModifiedOn().compareTo(sale.lastModifiedOn()) >= 0);
    }

    @Test
    void saleListPagesUntilTotal() {
        DearAccount account = fastSandbox("it-list");
        SimulatorAccount sim = TestAccounts.simulated(account);
        for (int i = 0; i < 5; i++) {
            sim.createSale("{}");
        }
        sim.clearCalls();
        var page = dear.saleListPage(account, SaleListQuery.all(), 1, 2);
        assertEquals(5, page.total());
        assertEquals(2, page.saleList().size());
        List<SaleSummary> all = dear.saleList(account, SaleListQuery.updatedSince(Instant.parse("2000-01-01T00:00:00Z"), null));
        assertEquals(5, all.size());
        assertEquals(1, sim.count("GET", "saleList", 200) - 1, "limit 1000: one page after the explicit one");
        SaleSummary first = all.get(0);
        assertEquals(1, dear.saleList(account, SaleListQuery.search(first.orderNumber())).size());
    }

    @Test
    void webhooksAreCreatedListedReplacedWithTheirTokenAndDeleted() {
        DearAccount account = fastSandbox("it-hooks");
        Webhook created = dear.createWebhook(account, Webhook.bearer("Sale/OrderAuthorised",
                "http://127.0.0.1:1/nowhere", "token-123456789", List.of(new WebhookHeader("X-Dear-Event", "Sale/OrderAuthorised"))));
        assertNotNull(created.id());
        Webhook listed = dear.webhooks(account).stream().filter(w -> w.id().equals(created.id())).findFirst().orElseThrow();
        assertEquals("", listed.externalBearerToken(), "DEAR masks the token");

        assertThrows(IllegalArgumentException.class, () -> dear.replaceWebhook(account, listed.withActive(false)),
                "a PUT without the token would wipe it");
        Webhook replaced = dear.replaceWebhook(account, listed.withActive(false).withBearerToken("token-123456789"));
        assertFalse(replaced.active());

        dear.deleteWebhook(account, created.id());
        assertTrue(dear.webhooks(account).stream().noneMatch(w -> w.id().equals(created.id())));
    }

    @Test
    void creditNotesAreReadForASale() {
        DearAccount account = fastSandbox("it-credit");
        String saleId = TestAccounts.simulated(account).createSale("{}").getString("ID");
        assertEquals(saleId, dear.creditNotes(account, saleId).saleId());
        assertTrue(dear.creditNotes(account, saleId).creditNotes().isEmpty());
    }

    @Test
    void anUnknownSaleIsPermanent() {
        DearAccount account = fastSandbox("it-missing");
        DearCallException e = assertThrows(DearCallException.class,
                () -> dear.sale(account, "00000000-0000-0000-0000-00000000abcd"));
        assertEquals(FailureKind.PERMANENT, e.kind());
        assertTrue(e.httpStatus() == 400 || e.httpStatus() == 404, "status " + e.httpStatus());
    }
}
