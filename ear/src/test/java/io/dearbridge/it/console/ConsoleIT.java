package io.dearbridge.it.console;

import static io.dearbridge.it.console.Bench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Await;
import io.dearbridge.it.Bridge;
import io.dearbridge.it.Demo;
import io.dearbridge.it.Http;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin console in a real headless Chromium: sign-in, the viewer's limits (a crafted POST included), a failed
 * sync replayed after its cause is fixed, a held command released, and filters and paging. Screenshots of the main
 * pages go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT {

    private static final String PASSWORD = Demo.PASSWORD;
    private static final String ONE_LINE = "[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"price\": 249}]";
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
    }

    @Test
    void signingInIsRequiredAWrongPasswordIsRefusedAndSigningOutEndsTheSession() {
        // The landing page answers anonymous visitors and links to the console.
        HttpResponse<String> landing = send("GET", "/bridge/", null);
        assertEquals(200, landing.statusCode(), landing.body());
        assertTrue(landing.body().contains("admin/"), landing.body());

        // Any console page, anonymous: the login form, with the security headers.
        HttpResponse<String> anonymous = send("GET", "/bridge/admin/syncs.xhtml", null);
        assertTrue(anonymous.body().contains("j_security_check"), anonymous.body());
        assertEquals("DENY", anonymous.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", anonymous.headers().firstValue("X-Content-Type-Options").orElse(""));
        String policy = anonymous.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        // PrimeFaces' CSP mode: scripts from the console itself or carrying this response's nonce, nothing inline.
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertTrue(scripts.contains("'nonce-"), policy);
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), policy);
        assertEquals(1, anonymous.headers().allValues("Content-Security-Policy").size(), "one policy, not two");

        browser.driver.manage().deleteAllCookies();
        browser.open("/bridge/");
        browser.driver.findElement(By.id("console-link")).click();
        browser.until(d -> d.findElement(By.id("j_username")));
        browser.screenshot("01-login");

        browser.type(By.id("j_username"), "admin");
        browser.type(By.id("j_password"), "not-the-password");
        browser.driver.findElement(By.id("sign-in")).click();
        browser.until(d -> d.findElement(By.id("login-error")));
        assertFalse(browser.has(By.id("session:sign-out")), "a wrong password does not sign in");

        browser.signIn("admin", PASSWORD, "/bridge/admin/");
        browser.until(d -> d.findElement(By.id("session:sign-out")));
        assertTrue(browser.body().contains("admin (admin)"), browser.body());

        browser.driver.findElement(By.id("session:sign-out")).click();
        browser.until(d -> d.findElement(By.id("signed-out")));
        browser.open("/bridge/admin/syncs.xhtml");
        browser.until(d -> d.findElement(By.id("j_username")));
        assertFalse(browser.has(By.id("session:sign-out")), "signed out: the console asks for a login again");
    }

    @Test
    void anAjaxClickOnAnExpiredViewSaysSoAndAClickAfterTheSessionEndedAsksForTheLogin() {
        browser.signIn("admin", PASSWORD, "/bridge/admin/syncs.xhtml");
        browser.until(d -> d.findElement(By.id("f:apply")));
        // A view the server no longer keeps (evicted, or a restart): Faces answers the AJAX click with an error that
        // PrimeFaces only logs; OmniFaces' FullAjaxExceptionHandler shows expired.xhtml instead.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(i => i.value = '1:1')");
        browser.driver.findElement(By.id("f:apply")).click();
        browser.until(d -> d.findElement(By.id("view-expired")));
        assertTrue(browser.body().contains("This page had expired"), browser.body());

        // The session gone (what the server sees of an expired one): the form login redirects the AJAX click.
        browser.signIn("admin", PASSWORD, "/bridge/admin/syncs.xhtml");
        browser.until(d -> d.findElement(By.id("f:apply")));
        browser.driver.manage().deleteCookieNamed("BRIDGE_ADMIN_SESSION");
        browser.driver.findElement(By.id("f:apply")).click();
        browser.until(d -> d.findElement(By.id("j_username")));
    }

    @Test
    void aFailedPushShowsDearsMessageAndReplayedAfterTheFaultIsClearedItSucceedsAndTheOrderMovesOn() {
        String message = "Location Main Warehouse: A-03-02 is closed for stocktake " + UUID.randomUUID();
        FailedPick failed = failedPick(message);
        String number = failed.number();
        long orderId = failed.orderId();
        long command = failed.command();

        browser.signIn("admin", PASSWORD, "/bridge/admin/syncs.xhtml");
        filterByText(number);
        String row = rowText(number);
        assertTrue(row.contains(message), row);
        assertTrue(row.contains("400"), row);
        assertTrue(row.contains("FAILED"), row);
        browser.screenshot("02-failed-syncs");

        // The detail page: payload, attempts with DEAR's answer.
        browser.until(d -> d.findElement(By.xpath("//tr[contains(., '" + number + "')]//a[@class='sync-link']"))).click();
        browser.until(d -> d.findElement(By.id("payload")));
        assertTrue(browser.body().contains(message), "the attempt history shows DEAR's message");
        browser.screenshot("03-sync-detail");
        browser.driver.navigate().back();

        Simulator.calm();
        browser.open("/bridge/admin/syncs.xhtml");
        filterByText(number);
        // Select the row and replay the selection.
        browser.until(d -> d.findElement(By.xpath("//tbody[@id='f:table_data']/tr[contains(., '" + number + "')]"
                + "//div[contains(@class, 'ui-chkbox-box')]"))).click();
        browser.driver.findElement(By.id("f:replaySelected")).click();
        browser.awaitText("Replayed 1 of the 1 selected");
        awaitStatus(command, "SENT");
        JsonObject order = Await.await("the pick shows on the order", () -> {
            JsonObject o = Bridge.order(orderId);
            return "AUTHORISED".equals(o.getJsonArray("fulfilments").getJsonObject(0).getString("pick", "")) ? o : null;
        });
        assertTrue(order.getJsonArray("timeline").toString().contains("Operator admin replayed"), order.toString());
        assertEquals(1, ItDatabase.count("select count(*) from operator_action where target_kind = 'OUTBOX'"
                + " and target_id = ? and actor = 'admin' and action = 'REPLAY'", command));

        // The order page shows the operator's action in its timeline, and the sync.
        browser.open("/bridge/admin/order.xhtml?id=" + orderId);
        browser.awaitText("Operator admin replayed");
        browser.screenshot("04-order");
    }

    @Test
    void aViewerSeesTheListsButNoActionsAndACraftedReplayPostChangesNothing() {
        FailedPick failed = failedPick("Refused for the viewer test");
        String number = failed.number();
        long orderId = failed.orderId();
        long command = failed.command();
        Simulator.calm();

        browser.signIn("viewer", PASSWORD, "/bridge/admin/syncs.xhtml");
        filterByText(number);
        String row = rowText(number);
        assertTrue(row.contains("Refused for the viewer test"), row);
        assertFalse(browser.has(By.xpath("//button[contains(., 'Replay')]")), "no replay button for a viewer");
        assertFalse(browser.has(By.xpath("//button[contains(., 'Dismiss')]")), "no dismiss button for a viewer");
        assertFalse(browser.has(By.xpath("//button[contains(., 'Release')]")), "no release button for a viewer");
        browser.screenshot("05-viewer-syncs");

        // A crafted POST naming the admin's replay button of this row: nothing happens.
        HttpResponse<String> crafted = craftedReplay();
        assertEquals(200, crafted.statusCode(), crafted.body());
        // A replay would have committed before the answer came back (the action is the request's own transaction).
        assertEquals("FAILED", status(command), "a viewer's crafted POST replays nothing");
        assertEquals(0, ItDatabase.count("select count(*) from operator_action where target_id = ? and target_kind = 'OUTBOX'",
                command));

        // The same POST from an admin's page does replay: the request was well formed, the role made the difference.
        browser.signIn("admin", PASSWORD, "/bridge/admin/syncs.xhtml");
        filterByText(number);
        browser.until(d -> d.findElement(By.xpath("//tr[contains(., '" + number + "')]//button[contains(., 'Replay')]")));
        HttpResponse<String> asAdmin = craftedReplay();
        assertEquals(200, asAdmin.statusCode(), asAdmin.body());
        awaitStatus(command, "SENT");

        // The viewer reads the orders and the dashboard.
        browser.signIn("viewer", PASSWORD, "/bridge/admin/orders.xhtml");
        browser.type(By.id("f:number"), number);
        browser.driver.findElement(By.id("f:apply")).click();
        browser.until(d -> d.findElement(By.xpath("//a[text()='" + number + "']")));
        browser.screenshot("06-orders");
        browser.open("/bridge/admin/");
        browser.until(d -> d.findElement(By.id("chart")));
        assertFalse(browser.has(By.xpath("//button[contains(., 'Heal now')]")), "no heal button for a viewer");
        assertFalse(browser.has(By.xpath("//button[contains(., 'Reconcile now')]")), "no reconcile button for a viewer");
    }

    /** A pick DEAR refused with 400 and {@code message} (the fault stays until the test calms DEAR). */
    private record FailedPick(String number, long orderId, long command) {
    }

    private static FailedPick failedPick(String message) {
        JsonObject sale = Simulator.authorisedSale(ONE_LINE);
        long orderId = Bridge.importedOrder(sale).getJsonNumber("id").longValue();
        Simulator.fault(1000, 400, "POST", "sale/fulfilment/pick", message);
        pick(orderId);
        long command = pickCommand(orderId);
        awaitStatus(command, "FAILED");
        return new FailedPick(sale.getJsonObject("Order").getString("SaleOrderNumber"), orderId, command);
    }

    /** A pick held after DEAR's user undid the sale, which DEAR then authorised again (with {@code lines}, if given). */
    private record HeldPick(String saleId, String number, long orderId, long command) {
    }

    private static HeldPick heldPickThenAuthorisedAgain(String lines) {
        JsonObject sale = Simulator.authorisedSale(ONE_LINE);
        String saleId = sale.getString("ID");
        long orderId = Bridge.importedOrder(sale).getJsonNumber("id").longValue();
        // DEAR is busy when the pick is recorded, so the pick still waits when DEAR's user undoes the sale.
        Simulator.fault(1000, 503, "POST", "sale/fulfilment/pick", "Service busy");
        pick(orderId);
        long command = pickCommand(orderId);
        awaitStatus(command, "RETRY");
        Simulator.act(saleId, "undo");
        awaitStatus(command, "HELD");
        if (lines != null) {
            Simulator.act(saleId, "lines", lines);
        }
        Simulator.act(saleId, "authorise");
        Await.await("the order is no longer on hold", () -> "ON_HOLD".equals(Bridge.order(orderId).getString("status")) ? null : true);
        Simulator.calm();
        return new HeldPick(saleId, sale.getJsonObject("Order").getString("SaleOrderNumber"), orderId, command);
    }

    private static void releaseFromThePage(String number) {
        browser.signIn("admin", PASSWORD, "/bridge/admin/syncs.xhtml");
        filterByText(number);
        WebElement release = browser.until(d -> d.findElement(
                By.xpath("//tr[contains(., '" + number + "') and contains(., 'HELD')]//button[contains(., 'Release')]")));
        browser.screenshot("07-held");
        release.click();
    }

    @Test
    void aCommandHeldAfterSaleUndoIsReleasedFromThePageAndGoesToDearOnTheLiveFulfilment() {
        HeldPick held = heldPickThenAuthorisedAgain(null);
        String saleId = held.saleId();
        long orderId = held.orderId();
        long command = held.command();
        long before = dearCalls("POST", "sale/fulfilment/pick");

        releaseFromThePage(held.number());
        browser.awaitText("Released");
        assertEquals(1, ItDatabase.count("select count(*) from operator_action where target_id = ? and action = 'RELEASE'"
                + " and actor = 'admin'", command));
        assertTrue(Bridge.order(orderId).getJsonArray("timeline").toString().contains("Operator admin released"));
        // DEAR re-authorised the sale under a new fulfilment TaskID, so the pick's fulfilment is gone (issue 15): the
        // release records the pick again on the live fulfilment, and the pick goes to DEAR there.
        Await.await("the released pick sent to DEAR", () -> "SENT".equals(status(command)) ? true : null);
        assertEquals(before + 1, dearCalls("POST", "sale/fulfilment/pick"), "one pick went to DEAR");
        String liveTask = Simulator.dearSale(saleId).getJsonArray("Fulfilments").getJsonObject(0).getString("TaskID");
        assertEquals("AUTHORISED", Simulator.dearSale(saleId).getJsonArray("Fulfilments").getJsonObject(0)
                .getJsonObject("Pick").getString("Status"), "DEAR's live fulfilment " + liveTask + " is picked");
        String timeline = Bridge.order(orderId).getJsonArray("timeline").toString().toLowerCase();
        assertTrue(timeline.contains("re-targeted to fulfilment 1 (taskid " + liveTask.toLowerCase() + ")"), timeline);
        Await.await("the order picked", () -> "PICKING".equals(Bridge.order(orderId).getString("status")) ? true : null);
    }

    @Test
    void aHeldPickThatNoLongerFitsTheSaleDearAuthorisedAgainIsNotReleasedAndTheOperatorIsToldWhy() {
        HeldPick held = heldPickThenAuthorisedAgain("{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1}]}");
        long before = dearCalls("POST", "sale/fulfilment/pick");

        releaseFromThePage(held.number());

        browser.awaitText("only 1 remain");
        assertTrue(browser.body().contains("Dismiss it"), browser.body());
        assertEquals("HELD", status(held.command()), "a refused release changes nothing");
        assertEquals(0, ItDatabase.count("select count(*) from operator_action where target_id = ? and action = 'RELEASE'",
                held.command()));
        assertEquals(before, dearCalls("POST", "sale/fulfilment/pick"), "nothing went to DEAR");
    }

    /** The demo account's card on the dashboard (the IT server has other accounts, some sorted before it). */
    private static final String DEMO_CARD = "//div[@class='card'][h2[normalize-space()='demo']]";

    @Test
    void theDashboardShowsCountsAndTheLastDayHealsAnAccountsWebhooksAndReconcilesIt() {
        browser.signIn("admin", PASSWORD, "/bridge/admin/");
        browser.until(d -> d.findElement(By.id("chart")));
        assertEquals(24, browser.all(By.cssSelector("#chart .bar")).size(), "one bar per hour of the last day");
        browser.driver.findElement(By.xpath(DEMO_CARD + "//button[contains(., 'Check webhooks')]")).click();
        browser.ajaxDone();
        browser.awaitText("Sale/OrderAuthorised");
        browser.driver.findElement(By.xpath(DEMO_CARD + "//button[contains(., 'Heal now')]")).click();
        browser.ajaxDone();
        browser.awaitText("checked and healed");
        assertTrue(browser.body().contains("active"), browser.body());
        assertTrue(browser.body().contains("calls in flight"), "the rate governor's use: " + browser.body());
        assertTrue(ItDatabase.count("select count(*) from operator_action where action = 'HEAL' and actor = 'admin'"
                + " and account_code = 'demo'") >= 1);

        long reconciles = ItDatabase.count("select count(*) from operator_action where action = 'RECONCILE'"
                + " and actor = 'admin' and account_code = 'demo'");
        browser.driver.findElement(By.xpath(DEMO_CARD + "//button[contains(., 'Reconcile now')]")).click();
        browser.ajaxDone();
        browser.awaitText("Reconciliation of demo ran");
        browser.awaitText("Reconciled with DEAR up to");
        assertEquals(reconciles + 1, ItDatabase.count("select count(*) from operator_action where action = 'RECONCILE'"
                + " and actor = 'admin' and account_code = 'demo'"), "the reconcile is audited");
        browser.screenshot("00-dashboard");
    }

    /**
     * Issue 25: 'replay all that match' commits a batch at a time (here one sync a batch) in the background and the
     * page shows its progress, so thousands neither time out nor roll back together.
     */
    @Test
    void replayAllThatMatchReplaysTheFailedSyncsTheFilterShowsInBatchesWithProgress() {
        String message = "Refused for the replay-all test " + UUID.randomUUID();
        FailedPick first = failedPick(message);
        FailedPick second = failedPick(message);
        Simulator.calm();
        io.dearbridge.it.Management.setProperty("dearbridge.console.replay-batch", "1");
        try {
            browser.signIn("admin", PASSWORD, "/bridge/admin/syncs.xhtml");
            filterByText(message);
            browser.driver.findElement(By.id("f:replayMatching")).click();
            browser.until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed() ? true : null);
            browser.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.awaitText("of the 2 that match the filter: batch");
            browser.awaitText("batch 2 of 2 committed (held and retrying ones are left as they are)");
            assertTrue(browser.body().contains("Replayed 2 failed sync(s)"), browser.body());
        } finally {
            io.dearbridge.it.Management.removeProperty("dearbridge.console.replay-batch");
        }
        for (FailedPick failed : java.util.List.of(first, second)) {
            awaitStatus(failed.command(), "SENT");
            assertEquals(1, ItDatabase.count("select count(*) from operator_action where target_id = ?"
                    + " and action = 'REPLAY' and target_kind = 'OUTBOX'", failed.command()));
        }
    }

    @Test
    void aFailedPushIsDismissedWithAReasonThatTheAuditAndTheTimelineKeep() {
        FailedPick failed = failedPick("Refused for the dismiss test");
        String number = failed.number();
        long orderId = failed.orderId();
        long command = failed.command();
        Simulator.calm();

        browser.signIn("admin", PASSWORD, "/bridge/admin/syncs.xhtml");
        filterByText(number);
        browser.until(d -> d.findElement(By.xpath("//tr[contains(., '" + number + "')]//button[contains(., 'Dismiss')]")))
                .click();
        browser.until(d -> d.findElement(By.id("f:reason")).isDisplayed() ? true : null);
        browser.type(By.id("f:reason"), "Picked by hand in DEAR");
        browser.screenshot("09-dismiss");
        browser.driver.findElement(By.id("f:confirmDismiss")).click();
        browser.awaitText("Dismissed");
        awaitStatus(command, "DISMISSED");
        assertEquals(1, ItDatabase.count("select count(*) from operator_action where target_id = ? and action = 'DISMISS'"
                + " and actor = 'admin' and reason = 'Picked by hand in DEAR'", command));
        assertTrue(Bridge.order(orderId).getJsonArray("timeline").toString().contains("Picked by hand in DEAR"));
    }

    @Test
    void filtersSortingAndPagingWorkOnAFewHundredRowsAndTenThousandStayFast() {
        String marker = "bulk-" + UUID.randomUUID();
        insertFailed(300, marker);
        try {
            browser.signIn("viewer", PASSWORD, "/bridge/admin/syncs.xhtml");
            filterByText(marker);
            browser.awaitText("1-25 of 300");
            browser.driver.findElement(By.cssSelector(".ui-paginator-next")).click();
            browser.ajaxDone();
            browser.awaitText("26-50 of 300");

            // Kind filter: every other row is a ship.
            browser.driver.executeScript("PF('kindMenu').selectValue('DEAR_SHIP')");
            browser.driver.findElement(By.id("f:apply")).click();
            browser.ajaxDone();
            browser.awaitText("1-25 of 150");
            assertTrue(browser.all(By.xpath("//tbody[@id='f:table_data']/tr")).stream()
                    .allMatch(r -> r.getText().contains("ship")), "only ship rows");

            // Sort by attempts, ascending: the first row has the fewest.
            browser.driver.findElement(By.xpath("//th[contains(., 'Attempts')]")).click();
            browser.until(d -> d.findElement(By.xpath("//tbody[@id='f:table_data']/tr[1]/td[6]")).getText().trim()
                    .endsWith("1") ? true : null);
            browser.screenshot("08-filtered-paged");
        } finally {
            deleteBulk(marker);
        }

        // 10,000 rows: the first page still comes fast (the database pages).
        String many = "many-" + UUID.randomUUID();
        insertFailed(10_000, many);
        try {
            browser.signIn("viewer", PASSWORD, "/bridge/admin/syncs.xhtml");
            browser.until(d -> d.findElement(By.id("f:table")));
            long start = System.nanoTime();
            browser.open("/bridge/admin/syncs.xhtml");
            browser.until(d -> d.findElement(By.cssSelector(".ui-paginator-current")).getText().contains("of") ? true : null);
            long pageMillis = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            browser.driver.findElement(By.cssSelector(".ui-paginator-last")).click();
            browser.until(d -> d.findElement(By.cssSelector(".ui-paginator-current")).getText().matches(".*\\d+-\\d+ of.*")
                    && !d.findElement(By.cssSelector(".ui-paginator-current")).getText().startsWith("1-") ? true : null);
            long lastPageMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Console with 10,000+ failed syncs: first page " + pageMillis + " ms, last page "
                    + lastPageMillis + " ms");
            assertTrue(pageMillis < 5000, "first page took " + pageMillis + " ms");
            assertTrue(lastPageMillis < 5000, "last page took " + lastPageMillis + " ms");
        } finally {
            deleteBulk(many);
        }
    }

    /**
     * The order list flags an order stuck when a push of it failed or an event about it failed, and 'stuck only' lists
     * exactly those (issue 27: the page's flags are now asked for by the page's ids in a second query).
     */
    @Test
    void anOrderWithAFailedPushOrAFailedEventIsFlaggedStuckAndStuckOnlyListsOnlySuch() {
        FailedPick pushed = failedPick("Refused for the stuck-flag test " + UUID.randomUUID());
        Simulator.calm();
        JsonObject sale = Simulator.authorisedSale(ONE_LINE);
        String fine = sale.getJsonObject("Order").getString("SaleOrderNumber");
        Bridge.importedOrder(sale);
        JsonObject eventSale = Simulator.authorisedSale(ONE_LINE);
        String failedEvent = eventSale.getJsonObject("Order").getString("SaleOrderNumber");
        Bridge.importedOrder(eventSale);
        ItDatabase.update("update inbox_event set status = 'FAILED' where account_code = ? and document_kind = 'SALE'"
                + " and document_id = ?", Demo.ACCOUNT, eventSale.getString("ID"));
        try {
            browser.signIn("viewer", PASSWORD, "/bridge/admin/orders.xhtml");
            assertEquals(true, stuckOnTheList(pushed.number(), false), "a failed push");
            assertEquals(true, stuckOnTheList(failedEvent, false), "a failed event");
            assertEquals(false, stuckOnTheList(fine, false), "nothing failed");
            browser.driver.findElement(By.cssSelector("[id='f:stuck'] .ui-chkbox-box")).click();
            assertEquals(true, stuckOnTheList(pushed.number(), true), "stuck only: a failed push");
            assertEquals(true, stuckOnTheList(failedEvent, true), "stuck only: a failed event");
            assertEquals(null, stuckOnTheList(fine, true), "stuck only leaves out an order with nothing failed");
        } finally {
            ItDatabase.update("update inbox_event set status = 'DISMISSED' where account_code = ? and document_kind ="
                    + " 'SALE' and document_id = ? and status = 'FAILED'", Demo.ACCOUNT, eventSale.getString("ID"));
            ItDatabase.update("update outbox_command set status = 'DISMISSED' where id = ?", pushed.command());
        }
    }

    /** Searches the order list for the number: whether its row shows 'stuck', or null when it is not listed. */
    private static Boolean stuckOnTheList(String number, boolean stuckOnly) {
        browser.type(By.id("f:number"), number);
        browser.driver.findElement(By.id("f:apply")).click();
        browser.ajaxDone();
        return browser.until(d -> {
            String table = d.findElement(By.id("f:table_data")).getText();
            List<WebElement> row = d.findElements(By.xpath("//tbody[@id='f:table_data']/tr[.//a[text()='" + number
                    + "']]"));
            if (!row.isEmpty()) {
                return java.util.Optional.of(row.get(0).findElement(By.xpath("./td[5]")).getText().contains("stuck"));
            }
            return stuckOnly && table.contains("No orders match") ? java.util.Optional.<Boolean>empty() : null;
        }).orElse(null);
    }

    /**
     * Each sort orders the whole filtered list (account filter, default states) before the page is cut: the first
     * page holds exactly the 25 first of the 30 rows by that column, in order, ties by id (issue 27: the list now
     * sorts and cuts before it joins the page's rows to their orders).
     */
    @Test
    void eachSortOrdersTheWholeFilteredListBeforeItIsCutIntoPages() {
        String account = "sorts-" + UUID.randomUUID().toString().substring(0, 8);
        List<SortRow> rows = insertSortRows(account, 30);
        try {
            browser.signIn("viewer", PASSWORD, "/bridge/admin/syncs.xhtml");
            // PrimeFaces' widgets exist once its scripts ran; once, on PostgreSQL, the call came first.
            browser.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return typeof PF === 'function' && !!PF('accountMenu')")));
            browser.driver.executeScript("PF('accountMenu').selectValue('" + account + "')");
            browser.driver.findElement(By.id("f:apply")).click();
            browser.ajaxDone();
            browser.awaitText("1-25 of 28");
            assertFirstPage("When, newest first", rows, Comparator.comparing(SortRow::at).reversed(), true);
            for (String column : List.of("Kind", "State", "Attempts", "Next attempt", "When")) {
                Comparator<SortRow> by = switch (column) {
                    case "Kind" -> Comparator.comparing(SortRow::kind);
                    case "State" -> Comparator.comparing(SortRow::state);
                    case "Attempts" -> Comparator.comparing(SortRow::attempts);
                    case "Next attempt" -> Comparator.comparing(SortRow::next);
                    default -> Comparator.comparing(SortRow::at);
                };
                browser.driver.findElement(By.xpath("//th[contains(., '" + column + "')]")).click();
                browser.ajaxDone();
                assertFirstPage(column + " ascending", rows, by, false);
                browser.driver.findElement(By.xpath("//th[contains(., '" + column + "')]")).click();
                browser.ajaxDone();
                assertFirstPage(column + " descending", rows, by.reversed(), true);
            }
        } finally {
            ItDatabase.update("delete from outbox_command where account_code = ?", account);
            ItDatabase.update("delete from account where code = ?", account);
        }
    }

    /** One seeded row: its number (in its message), id order = number order; two in 15 are RETRY (not listed). */
    private record SortRow(int number, String kind, String state, int attempts, Instant at, Instant next) {
    }

    private static List<SortRow> insertSortRows(String account, int count) {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ItDatabase.update("insert into account (code, base_url, active, created_at, updated_at)"
                + " values (?, 'http://127.0.0.1:1/none', false, ?, ?)", account, Timestamp.from(now),
                Timestamp.from(now));
        List<SortRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Permutations of 0..29 (7, 11 and 13 are prime to 30), so no column's order is the id's.
            String state = i % 15 == 4 ? "RETRY" : i % 3 == 1 ? "HELD" : "FAILED";
            SortRow row = new SortRow(i, List.of("DEAR_SHIP", "DEAR_PICK", "DEAR_PACK").get((i * 7) % 3), state,
                    1 + (i * 7 + 3) % count, now.minusSeconds(60L * ((i * 11 + 5) % count)),
                    now.plusSeconds(3600L * (1 + (i * 13 + 2) % count)));
            ItDatabase.update("insert into outbox_command (account_code, ordering_key, command_type, payload, status,"
                    + " attempts, next_attempt_at, last_failure_kind, last_http_status, last_error, created_at, updated_at)"
                    + " values (?, ?, ?, '{}', ?, ?, ?, 'PERMANENT', 400, ?, ?, ?)", account, "bulk:" + account,
                    row.kind(), row.state(), row.attempts(), Timestamp.from(row.next()), "sort row " + i + ": refused",
                    Timestamp.from(now), Timestamp.from(row.at()));
            if (!"RETRY".equals(state)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The page's rows by their numbers, in order, against the 25 first by that sort (ties by id, in its direction). */
    private static void assertFirstPage(String sort, List<SortRow> rows, Comparator<SortRow> by, boolean descending) {
        Comparator<SortRow> ids = Comparator.comparingInt(SortRow::number);
        List<Integer> expected = rows.stream().sorted(by.thenComparing(descending ? ids.reversed() : ids)).limit(25)
                .map(SortRow::number).toList();
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("sort row (\\d+):");
        java.util.function.Supplier<List<Integer>> shown = () -> browser.all(By.xpath("//tbody[@id='f:table_data']/tr"))
                .stream().map(r -> number.matcher(r.getText())).map(m -> m.find() ? Integer.parseInt(m.group(1)) : -1)
                .toList();
        try {
            browser.until(d -> expected.equals(shown.get()) ? true : null);
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, shown.get(), "first page sorted by " + sort);
        }
    }

    /**
     * Work that waits only for DEAR's budget has not failed: the default list (what an operator must act on) leaves it
     * out, and the WAITING state shows it with why it waits and when it is expected to go.
     */
    @Test
    void workWaitingForDearsBudgetIsNotAFailedSyncButIsShownAsWaitingWhenAskedFor() {
        JsonObject sale = Simulator.authorisedSale(ONE_LINE);
        long orderId = Bridge.importedOrder(sale).getJsonNumber("id").longValue();
        String key = "order:" + orderId;
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        // A pick the dispatcher put back for want of a token, not due for a day so no dispatcher takes it meanwhile.
        ItDatabase.update("insert into outbox_command (account_code, ordering_key, command_type, payload, status,"
                + " attempts, next_attempt_at, created_at, updated_at, waiting_for)"
                + " values (?, ?, 'DEAR_PICK', '{}', 'PENDING', 0, ?, ?, ?, 'DEAR_BUDGET')",
                Demo.ACCOUNT, key, now.plusDays(1), now, now);
        try {
            JsonObject command = Bridge.order(orderId).getJsonArray("commands").getJsonObject(0);
            assertEquals("PENDING", command.getString("status"));
            assertEquals("DEAR_BUDGET", command.getString("waitingFor"));
            assertEquals(now.plusDays(1).toInstant().getEpochSecond(),
                    java.time.Instant.parse(command.getString("expectedStart")).getEpochSecond(), 1);

            browser.signIn("admin", PASSWORD, "/bridge/admin/syncs.xhtml?state=WAITING");
            WebElement row = browser.until(d -> d.findElement(By.xpath("//tbody[@id='f:table_data']/tr[contains(.,"
                    + " 'Waiting for the account')]")));
            String waiting = row.getText();
            assertTrue(waiting.contains("WAITING"), waiting);
            // The admin's columns: selection, when, account, sale order, kind, state, attempts.
            assertEquals("0", row.findElement(By.xpath("./td[7]")).getText().trim(), "no attempt: " + waiting);
            browser.screenshot("10-waiting");

            browser.driver.get(Http.BASE + "/bridge/admin/syncs.xhtml");
            browser.type(By.id("f:text"), "Waiting for the account");
            browser.driver.findElement(By.id("f:apply")).click();
            browser.ajaxDone();
            assertFalse(browser.driver.findElement(By.id("f:table_data")).getText().contains("Waiting for the account"),
                    "the default list shows only what an operator must act on");
        } finally {
            ItDatabase.update("update outbox_command set status = 'DISMISSED', waiting_for = null where ordering_key = ?",
                    key);
        }
    }

    // --- page helpers ----------------------------------------------------------------------------------------

    @Test
    void anOrderVoidedAfterShipmentIsFlaggedOnTheOrderListAndItsPage() {
        JsonObject sale = Simulator.authorisedSale(ONE_LINE);
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        long orderId = Bridge.importedOrder(sale).getJsonNumber("id").longValue();
        HttpResponse<String> shipped = Bridge.warehouse("POST", "orders/" + orderId + "/ship",
                "{\"carrier\": \"StarTrack\", \"trackingNumber\": \"ST-CV\", \"shipDate\": \"2026-11-26\"}");
        assertEquals(202, shipped.statusCode(), shipped.body());
        Bridge.awaitOrderStatus(orderId, "SHIPPED");
        Simulator.act(sale.getString("ID"), "void");
        Bridge.awaitOrderStatus(orderId, "CANCELLED");

        browser.signIn("viewer", PASSWORD, "/bridge/admin/orders.xhtml");
        browser.type(By.id("f:number"), number);
        browser.driver.findElement(By.id("f:apply")).click();
        browser.ajaxDone();
        String row = rowText(number);
        assertTrue(row.contains("voided after shipment"), row);
        assertTrue(row.contains("stop requested"), row);
        browser.open("/bridge/admin/order.xhtml?id=" + orderId);
        browser.awaitText("voided after shipment");
        assertTrue(browser.driver.findElement(By.id("after-shipment")).getText().contains("nothing was written to DEAR"));
        browser.screenshot("11-voided-after-shipment");
    }

    private static void filterByText(String text) {
        browser.type(By.id("f:text"), text);
        browser.driver.findElement(By.id("f:apply")).click();
        browser.ajaxDone();
        browser.until(d -> d.findElement(By.id("f:table_data")).getText().contains(text) ? true : null);
    }

    /** The text of the list row of that sale order, read afresh (AJAX updates replace the rows). */
    private static String rowText(String number) {
        return browser.until(d -> d.findElement(By.xpath("//tbody[@id='f:table_data']/tr[contains(., '" + number + "')]"))
                .getText());
    }

    /**
     * What a crafted POST would send: the Faces AJAX request of the first row's Replay button, with the view state
     * and session of the page the browser shows now.
     */
    private static HttpResponse<String> craftedReplay() {
        String button = "f:table:0:replay";
        String form = "f=f&" + encode("jakarta.faces.ViewState") + "=" + encode(browser.viewState())
                + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=" + encode(button)
                + "&jakarta.faces.partial.execute=" + encode(button) + "&jakarta.faces.partial.render="
                + encode("f:table f:msgs") + "&" + encode(button) + "=" + encode(button)
                + "&primefaces.nonce=" + encode(browser.nonce());
        return send("POST", "/bridge/admin/syncs.xhtml", form, "Content-Type", "application/x-www-form-urlencoded",
                "Faces-Request", "partial/ajax", "Cookie", "BRIDGE_ADMIN_SESSION=" + browser.sessionCookie());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
