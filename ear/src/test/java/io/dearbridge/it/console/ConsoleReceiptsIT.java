package io.dearbridge.it.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Await;
import io.dearbridge.it.Demo;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.receiving.Inbound;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The console's receipts (issue 24 part 5): a viewer finds a purchase order in the receipts list and opens it; the page
 * shows each line's ordered, received and remaining quantities and DEAR's view of the stock a DEAR user entered.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleReceiptsIT {

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

    @Test
    void aViewerFindsAReceiptAndSeesItsLinesAndDearsView() {
        Inbound.calm(false);
        Inbound.awaitSubscribed("Purchase/StockReceivedAuthorised");
        JsonObject po = Inbound.raise("{\"type\": \"Advanced\", \"supplier\": \"Pacific Gear Imports\", \"lines\": ["
                + "{\"sku\": \"LAMP-HD-300\", \"quantity\": 9}]}");
        String number = po.getString("orderNumber");
        long id = Await.await("receipt of " + number, () -> Inbound.receiptByNumber(number))
                .getJsonNumber("id").longValue();
        Inbound.act(po.getString("id"), "receive", "{\"lines\": [{\"sku\": \"LAMP-HD-300\", \"quantity\": 4,"
                + " \"batch\": \"HL-5\"}]}");
        Await.await("receipt " + id + " partly received", () -> "PARTLY_RECEIVED".equals(Inbound.receipt(id)
                .getString("status")) ? 1 : null);

        browser.signIn("viewer", Demo.PASSWORD, "/bridge/admin/receipts.xhtml");
        browser.type(By.xpath("//input[contains(@id, 'number')]"), number);
        browser.until(d -> d.findElement(By.xpath("//button[contains(., 'Search')]"))).click();
        browser.ajaxDone();
        browser.until(d -> d.findElement(By.xpath("//a[text()='" + number + "']"))).click();
        browser.awaitText("DEAR's view");
        browser.screenshot("receipt-page");
        String body = browser.body();
        assertTrue(body.contains("PARTLY_RECEIVED"), body);
        assertTrue(body.contains("a DEAR user"), "DEAR's view says who entered the stock: " + body);
        assertTrue(body.contains("HL-5"), "the batch DEAR shows: " + body);
        String lines = browser.until(d -> d.findElement(By.xpath("//*[contains(@id, 'lines')]"))).getText();
        assertTrue(lines.contains("LAMP-HD-300") && lines.contains("9") && lines.contains("4")
                && lines.contains("5"), "ordered 9, received 4, remaining 5: " + lines);
    }
}
