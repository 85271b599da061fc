package io.dearbridge.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Await;
import io.dearbridge.it.Bridge;
import io.dearbridge.it.Demo;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A second dock return on a Simple Sale gets no credit note from the bridge (DEAR keeps one): the order page shows
 * it with what to do, and an admin marks it done there once it is credited in DEAR; the action is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleReturnsIT {

    private static final String ONE_STOVE = "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1,"
            + " \"condition\": \"WRITE_OFF\"}]}";
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void calmDear() {
        Simulator.calm();
        Simulator.awaitSubscribed("Sale/OrderAuthorised");
    }

    @Test
    void anAdminMarksASecondReturnOnASimpleSaleCreditedInDearAndItIsAudited() {
        JsonObject sale = Simulator.authorisedSale("[{\"sku\": \"STOVE-GAS-01\", \"quantity\": 2}]");
        String saleId = sale.getString("ID");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        Simulator.act(saleId, "pick");
        Simulator.act(saleId, "pack");
        Simulator.act(saleId, "ship");
        long orderId = Await.await("order SHIPPED", () -> Bridge.orderByNumber(number, "SHIPPED"))
                .getJsonNumber("id").longValue();
        long first = dockReturn(orderId);
        awaitStatus(first, "CREDITED");
        long second = dockReturn(orderId);
        awaitStatus(second, "CREDIT_IN_DEAR");

        browser.signIn("admin", Demo.PASSWORD, "/bridge/admin/order.xhtml?id=" + orderId);
        browser.awaitText("credit it in DEAR, then mark it done here");
        browser.screenshot("returns-credit-in-dear");
        browser.until(d -> d.findElement(By.xpath("//button[contains(., 'Credited in DEAR: mark done')]")));
        browser.type(By.xpath("//input[contains(@id, 'return-reason')]"), "credited by hand, CS ticket 77");
        browser.until(d -> d.findElement(By.xpath("//button[contains(., 'Credited in DEAR: mark done')]"))).click();
        browser.ajaxDone();
        browser.screenshot("returns-marked-done");
        browser.awaitText("Return " + second + " marked credited in DEAR.");

        assertEquals("CREDITED", returnOf(second).getString("status"));
        assertEquals(1, ItDatabase.count("select count(*) from operator_action where action = 'CREDITED_IN_DEAR'"
                + " and target_kind = 'RETURN' and target_id = ? and actor = 'admin' and reason = ?", second,
                "credited by hand, CS ticket 77"));
        assertTrue(Bridge.order(orderId).getJsonArray("timeline").toString()
                .contains("Operator admin marked return " + second));
        assertEquals(1, Bridge.list(Simulator.dearSale(saleId).getJsonArray("CreditNotes")).size(),
                "the bridge wrote no second note");
    }

    private static long dockReturn(long orderId) {
        HttpResponse<String> posted = Bridge.warehouse("POST", "orders/" + orderId + "/returns", ONE_STOVE);
        assertEquals(202, posted.statusCode(), posted.body());
        return Http.<JsonObject>json(posted).getJsonNumber("id").longValue();
    }

    private static JsonObject returnOf(long id) {
        return Http.json(Bridge.warehouse("GET", "returns/" + id, null));
    }

    private static void awaitStatus(long id, String status) {
        Await.await("return " + id + " " + status, () -> status.equals(returnOf(id).getString("status")) ? true : null);
    }
}
