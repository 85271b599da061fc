package io.dearbridge.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Bridge;
import io.dearbridge.it.Demo;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.OrderRows;
import io.dearbridge.it.Simulator;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 25: users scoped to accounts, and users managed by admins. A user of account {@code acme} sees nothing of
 * {@code demo} in the API or the console and cannot write to it; an admin adds a user in the console who then signs
 * in, and disabling the user ends their access; both are audited; the last admin cannot be locked out.
 * The {@code acme} account: an order imported from the simulator, moved to {@code acme} in the database (the bridge
 * reads every account's rows alike; no DEAR call is made for it here), and an acme outbox row for the dashboard.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    private static final String ONE_LINE = "[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"price\": 249}]";
    private static final String ACME = "acme";
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
    void anAcmeUserSeesNoDemoOrderInTheApiOrTheConsoleCannotPickOneAndTheDashboardCountsOnlyAcme() {
        Simulator.calm();
        long demoOrder = Bridge.importedOrder(Simulator.authorisedSale(ONE_LINE)).getJsonNumber("id").longValue();
        JsonObject acmeSale = Simulator.authorisedSale(ONE_LINE);
        long acmeOrder = Bridge.importedOrder(acmeSale).getJsonNumber("id").longValue();
        String acmeNumber = acmeSale.getJsonObject("Order").getString("SaleOrderNumber");
        String demoNumber = Bridge.order(demoOrder).getString("saleOrderNumber");
        ItDatabase.update("insert into account (code, base_url, active, created_at, updated_at) select ?, ?, false,"
                + " current_timestamp, current_timestamp where not exists (select 1 from account where code = ?)",
                ACME, "http://127.0.0.1/acme-is-not-configured", ACME);
        ItDatabase.update("update warehouse_order set account_code = ? where id = ?", ACME, acmeOrder);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ItDatabase.update("delete from outbox_command where account_code = ?", ACME);
        // One failed push of acme's, two of demo's: the acme user's dashboard counts one.
        for (Object[] row : List.of(new Object[] {ACME, acmeOrder}, new Object[] {Demo.ACCOUNT, demoOrder},
                new Object[] {Demo.ACCOUNT, demoOrder})) {
            ItDatabase.update("insert into outbox_command (account_code, ordering_key, command_type, payload, status,"
                    + " attempts, created_at, updated_at, last_error) values (?, ?, 'DEAR_PICK', '{}', 'FAILED', 1, ?, ?,"
                    + " 'tenancy test')", row[0], "order:" + row[1], now, now);
        }
        try {
            acmeUserSeesOnlyAcme(demoOrder, acmeOrder, acmeNumber, demoNumber);
        } finally {
            ItDatabase.update("update outbox_command set status = 'DISMISSED' where last_error = 'tenancy test'");
        }
    }

    private static void acmeUserSeesOnlyAcme(long demoOrder, long acmeOrder, String acmeNumber, String demoNumber) {

        String user = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "acme-pass-" + UUID.randomUUID();
        HttpResponse<String> created = admin("POST", "users", "{\"username\": \"" + user + "\", \"password\": \""
                + password + "\", \"roles\": [\"warehouse\", \"viewer\"], \"accounts\": [\"acme\"]}");
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().contains(password), created.body());
        assertFalse(created.body().toLowerCase().contains("hash"), created.body());
        assertEquals("[\"acme\"]", Http.<JsonObject>json(created).getJsonArray("accounts").toString());

        // The API: the list holds acme's order and no demo order; a demo order is answered as if it did not exist.
        JsonObject list = Http.json(as(user, password, "GET", "orders?size=200", null));
        List<Long> ids = new ArrayList<>();
        for (JsonObject o : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals(ACME, o.getString("account"), o.toString());
            ids.add(o.getJsonNumber("id").longValue());
        }
        assertTrue(ids.contains(acmeOrder), list.toString());
        assertFalse(ids.contains(demoOrder), list.toString());
        assertEquals(1, list.getInt("total"), list.toString());
        HttpResponse<String> demo = as(user, password, "GET", "orders/" + demoOrder, null);
        HttpResponse<String> none = as(user, password, "GET", "orders/999999999", null);
        assertEquals(404, demo.statusCode(), demo.body());
        assertEquals(none.body().replace("999999999", String.valueOf(demoOrder)), demo.body());
        assertEquals(200, as(user, password, "GET", "orders/" + acmeOrder, null).statusCode());
        assertEquals(0, Http.<JsonObject>json(as(user, password, "GET", "orders?account=demo", null)).getInt("total"));
        assertFalse(as(user, password, "GET", "accounts", null).body().contains("\"demo\""));
        for (JsonObject r : Http.<JsonObject>json(as(user, password, "GET", "returns?size=200", null))
                .getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals(ACME, r.getString("account"), r.toString());
        }

        // A write outside the user's accounts: 404, and nothing recorded.
        HttpResponse<String> pick = as(user, password, "POST", "orders/" + demoOrder + "/picks",
                "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"location\": \"Main Warehouse: A-03-02\"}]}");
        assertEquals(404, pick.statusCode(), pick.body());
        assertTrue(pick.body().contains("No order " + demoOrder + "."), pick.body());
        assertEquals(0, OrderRows.records(demoOrder));

        // The console: the orders list, a demo order's page, and the dashboard's counts.
        browser.signIn(user, password, "/bridge/admin/orders.xhtml");
        browser.until(d -> d.findElement(By.id("f:table")));
        browser.awaitText(acmeNumber);
        assertFalse(browser.body().contains(demoNumber), browser.body());
        browser.open("/bridge/admin/order.xhtml?id=" + demoOrder);
        browser.awaitText("There is no order " + demoOrder);
        browser.open("/bridge/admin/index.xhtml");
        String outbox = browser.until(d -> d.findElement(By.id("outbox-counts"))).getText();
        assertTrue(outbox.matches("(?s).*FAILED\\s+1(\\s.*|$)"), outbox);
        assertTrue(ItDatabase.count("select count(*) from outbox_command where account_code = ? and status = 'FAILED'",
                Demo.ACCOUNT) >= 2, "demo has failed pushes the acme user must not count");
        assertFalse(outbox.contains("SENT"), "demo's sent pushes are not counted: " + outbox);
        assertTrue(browser.until(d -> d.findElement(By.id("inbox-counts"))).getText().contains("None yet"),
                "acme has no inbox events; demo's are not counted");
        browser.open("/bridge/admin/syncs.xhtml");
        browser.until(d -> d.findElement(By.id("f:table")));
        String failed = browser.driver.findElement(By.id("f:table_data")).getText();
        assertTrue(failed.contains(acmeNumber), failed);
        assertFalse(failed.contains(demoNumber) || failed.contains("demo"), failed);
    }

    @Test
    void anAdminAddsAUserInTheConsoleWhoSignsInAndDisablingThemEndsTheirAccessBothAudited() {
        String user = "shift-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "shift-pass-" + UUID.randomUUID();
        browser.signIn("admin", Demo.PASSWORD, "/bridge/admin/users.xhtml");
        browser.type(By.id("f:username"), user);
        browser.type(By.id("f:password"), password);
        browser.driver.findElement(By.xpath("//*[@id='f:roles']//label[normalize-space()='viewer']")).click();
        browser.type(By.id("f:accounts"), "demo");
        browser.driver.findElement(By.id("f:add")).click();
        browser.ajaxDone();
        browser.awaitText("Added " + user + ".");
        browser.screenshot("20-users");
        assertFalse(browser.driver.getPageSource().contains(password), "the password is never shown back");

        // The new user signs in and sees the console.
        browser.signIn(user, password, "/bridge/admin/index.xhtml");
        browser.awaitText(user + " (viewer)");
        String userSession = browser.sessionCookie();
        assertEquals(200, as(user, password, "GET", "orders", null).statusCode());

        // The admin disables the user.
        browser.signIn("admin", Demo.PASSWORD, "/bridge/admin/users.xhtml");
        browser.until(d -> d.findElement(By.xpath("//tr[contains(., '" + user + "')]//button[contains(., 'Disable')]")))
                .click();
        browser.ajaxDone();
        browser.awaitText("Disabled " + user + ".");
        browser.awaitText("USER_DISABLED");

        // Their console session ends, and Basic auth is refused.
        browser.driver.manage().deleteAllCookies();
        browser.open("/bridge/admin/login.xhtml");
        browser.driver.manage().addCookie(new org.openqa.selenium.Cookie("BRIDGE_ADMIN_SESSION", userSession,
                "/bridge/admin"));
        browser.open("/bridge/admin/index.xhtml");
        browser.until(d -> d.findElement(By.id("j_username")));
        assertFalse(browser.has(By.id("session:sign-out")), "the disabled user's session is over");
        assertEquals(401, as(user, password, "GET", "orders", null).statusCode());
        browser.signIn(user, password, "/bridge/admin/index.xhtml");
        browser.until(d -> d.findElement(By.id("login-error")));

        assertEquals(1, ItDatabase.count("select count(*) from operator_action where action = 'USER_ADDED'"
                + " and target_kind = 'USER' and target_name = ? and actor = 'admin'", user));
        assertEquals(1, ItDatabase.count("select count(*) from operator_action where action = 'USER_DISABLED'"
                + " and target_kind = 'USER' and target_name = ? and actor = 'admin'", user));
        JsonArray users = Http.json(admin("GET", "users", null));
        assertTrue(users.toString().contains("\"" + user + "\""), users.toString());
        assertFalse(users.toString().contains("password"), users.toString());
    }

    @Test
    void theLastAdminWithAllAccountsCannotBeDisabledOrDemotedAndOnlyAdminsManageUsers() {
        // Other enabled admins with all accounts made by tests are disabled first, so 'admin' is the last one.
        for (JsonObject u : Http.<JsonArray>json(admin("GET", "users", null)).getValuesAs(JsonObject.class)) {
            if (!u.getString("username").equals("admin") && u.getBoolean("enabled")
                    && u.getJsonArray("roles").toString().contains("admin")
                    && u.getJsonArray("accounts").toString().contains("*")) {
                assertEquals(200, admin("DELETE", "users/" + u.getString("username"), null).statusCode());
            }
        }
        HttpResponse<String> disable = admin("DELETE", "users/admin", null);
        assertEquals(409, disable.statusCode(), disable.body());
        assertTrue(disable.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        assertEquals(409, admin("PUT", "users/admin", "{\"enabled\": false}").statusCode());
        assertEquals(409, admin("PUT", "users/admin", "{\"roles\": [\"viewer\"]}").statusCode());
        assertEquals(409, admin("PUT", "users/admin", "{\"accounts\": [\"demo\"]}").statusCode());
        assertEquals(200, admin("GET", "users", null).statusCode(), "admin still signs in");

        // A viewer, and an admin of some accounts, do not manage users.
        assertEquals(403, Bridge.api("viewer", "GET", "users", null).statusCode());
        String local = "local-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin("POST", "users", "{\"username\": \"" + local + "\", \"password\": \"local-pass-1\","
                + " \"roles\": [\"admin\"], \"accounts\": [\"acme\"]}").statusCode());
        assertEquals(403, as(local, "local-pass-1", "GET", "users", null).statusCode());
        // Bad input: 400 and nothing made.
        assertEquals(400, admin("POST", "users", "{\"username\": \"x y\", \"password\": \"long-enough\"}").statusCode());
        assertEquals(400, admin("POST", "users", "{\"username\": \"short\", \"password\": \"1\"}").statusCode());
        assertEquals(400, admin("POST", "users", "{\"username\": \"roles\", \"password\": \"long-enough\","
                + " \"roles\": [\"root\"]}").statusCode());
        assertEquals(0, ItDatabase.count("select count(*) from bridge_user where username in ('short', 'roles')"));
    }

    /**
     * Issue 25, part 5: DEAR's Basic-auth webhook user has no role and no account. It reaches its own account's
     * webhook path only: not another account's, not the API, not the console.
     */
    @Test
    void aWebhookUserWithoutRolesReachesOnlyItsAccountsWebhookPath() {
        String user = "dear-hook-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "hook-pass-" + UUID.randomUUID();
        assertEquals(201, admin("POST", "users", "{\"username\": \"" + user + "\", \"password\": \"" + password
                + "\", \"roles\": [], \"accounts\": []}").statusCode());
        String basic = Http.basic(user, password);
        String body = Bridge.salePayload(UUID.randomUUID().toString(), "SO-HOOK-" + UUID.randomUUID());
        io.dearbridge.it.Management.setProperty("dearbridge.account.demo.webhook-username", user);
        try {
            HttpResponse<String> own = Http.send("POST", Bridge.WEBHOOKS + "Sale/Voided", body, "Authorization", basic);
            assertEquals(200, own.statusCode(), own.body());
            HttpResponse<String> other = Http.send("POST", "/bridge/api/dear/steady/webhooks/Sale/Voided", body,
                    "Authorization", basic);
            assertEquals(401, other.statusCode(), other.body());
            assertEquals(403, as(user, password, "GET", "orders", null).statusCode());
            assertEquals(403, as(user, password, "GET", "accounts", null).statusCode());
            browser.signIn(user, password, "/bridge/admin/index.xhtml");
            browser.until(d -> d.getPageSource().contains("sign-out") ? null : true);
            assertFalse(browser.has(By.id("session:sign-out")), "no console for a webhook user");
        } finally {
            io.dearbridge.it.Management.removeProperty("dearbridge.account.demo.webhook-username");
        }
    }

    @Test
    void anAcmeUserSeesNoDemoReceiptAndCannotReceiveOrReturnOnOne() {
        ItDatabase.update("insert into account (code, base_url, active, created_at, updated_at) select ?, ?, false,"
                + " current_timestamp, current_timestamp where not exists (select 1 from account where code = ?)",
                ACME, "http://127.0.0.1/acme-is-not-configured", ACME);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String purchase = UUID.randomUUID().toString();
        ItDatabase.update("insert into receipt (account_code, purchase_id, purchase_type, approach, order_number,"
                + " status, created_at, updated_at) values (?, ?, 'SIMPLE', 'STOCK', ?, 'EXPECTED', ?, ?)",
                Demo.ACCOUNT, purchase, "PO-T" + purchase.substring(0, 6), now, now);
        long demoReceipt = ItDatabase.query("select id from receipt where purchase_id = ?",
                rs -> rs.getLong(1), purchase).get(0);
        ItDatabase.update("insert into receipt_line (receipt_id, line_no, product_id, sku, name, quantity)"
                + " values (?, 0, 'p-tent', 'TENT-2P-GRN', 'Tent', 5)", demoReceipt);
        String user = "acme-r-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "acme-pass-" + UUID.randomUUID();
        HttpResponse<String> created = admin("POST", "users", "{\"username\": \"" + user + "\", \"password\": \""
                + password + "\", \"roles\": [\"warehouse\"], \"accounts\": [\"acme\"]}");
        assertEquals(201, created.statusCode(), created.body());

        for (JsonObject r : Http.<JsonObject>json(as(user, password, "GET", "receipts?size=200", null))
                .getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals(ACME, r.getString("account"), r.toString());
        }
        assertEquals(0, Http.<JsonObject>json(as(user, password, "GET", "receipts?account=demo", null)).getInt("total"));
        HttpResponse<String> demo = as(user, password, "GET", "receipts/" + demoReceipt, null);
        HttpResponse<String> none = as(user, password, "GET", "receipts/999999999", null);
        assertEquals(404, demo.statusCode(), demo.body());
        assertEquals(none.body().replace("999999999", String.valueOf(demoReceipt)), demo.body());
        assertEquals(200, admin("GET", "receipts/" + demoReceipt, null).statusCode());

        HttpResponse<String> arrival = as(user, password, "POST", "receipts/" + demoReceipt + "/arrivals",
                "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"location\": \"A-01\"}]}");
        assertEquals(404, arrival.statusCode(), arrival.body());
        HttpResponse<String> back = as(user, password, "POST", "receipts/" + demoReceipt + "/supplier-returns",
                "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"reason\": \"damaged\"}]}");
        assertEquals(404, back.statusCode(), back.body());
        assertEquals(0, ItDatabase.count("select count(*) from receipt_arrival where receipt_id = ?", demoReceipt));
        assertEquals(0, ItDatabase.count("select count(*) from outbox_command where ordering_key = ?",
                "receipt:" + demoReceipt));
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        return Bridge.api("admin", method, path, json);
    }

    private static HttpResponse<String> as(String user, String password, String method, String path, String json) {
        return Http.send(method, Bridge.API + path, json, "Authorization", Http.basic(user, password));
    }
}
