package io.dearbridge.dear;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.model.CreditNote;
import io.dearbridge.dear.model.CreditNoteList;
import io.dearbridge.dear.model.StockAdjustment;
import io.dearbridge.dear.model.StockAdjustmentList;
import io.dearbridge.dear.model.DearJson;
import io.dearbridge.dear.model.Fulfilment;
import io.dearbridge.dear.model.FulfilmentList;
import io.dearbridge.dear.model.Me;
import io.dearbridge.dear.model.NewFulfilment;
import io.dearbridge.dear.model.PickPackTask;
import io.dearbridge.dear.model.Purchase;
import io.dearbridge.dear.model.PurchaseDocument;
import io.dearbridge.dear.model.PurchaseListPage;
import io.dearbridge.dear.model.PurchaseSummary;
import io.dearbridge.dear.model.Sale;
import io.dearbridge.dear.model.SaleListPage;
import io.dearbridge.dear.model.SaleSummary;
import io.dearbridge.dear.model.ShipLine;
import io.dearbridge.dear.model.ShipTask;
import io.dearbridge.dear.model.Webhook;
import io.dearbridge.dear.model.WebhookList;
import io.dearbridge.dear.model.DearDates;
import io.dearbridge.domain.sync.FailureKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Every call the bridge makes to DEAR, one typed method per endpoint, for a given account. Each call waits
 * for the account's rate gate (bounded by {@code dearbridge.dear.max-wait-ms}), and any failure is a
 * {@link DearCallException} with its {@link FailureKind}. Reads retry a few times in the call; writes
 * (POST/PUT/DELETE) never do: on {@link DearCallException#outcomeUnknown()} re-read DEAR before resending.
 *
 * <p>Calls can take seconds to minutes when the account is busy, so call from outside a database
 * transaction (docs/dear-client.md: no DEAR call inside a transaction that holds locks); a call made inside one is
 * logged.
 */
@ApplicationScoped
public class DearClient {

    private static final Logger LOG = Logger.getLogger(DearClient.class.getName());

    @Inject
    DearCalls calls;

    @Inject
    Config config;

    private volatile TransactionSynchronizationRegistry transactions;
    private volatile boolean transactionsLookedUp;

    private SaleListPager pager;

    @PostConstruct
    void init() {
        int limit = config.getOptionalValue("dearbridge.dear.sale-list-limit", Integer.class)
                .orElse(SaleListPager.MAX_LIMIT);
        int maxPages = config.getOptionalValue("dearbridge.dear.sale-list-max-pages", Integer.class).orElse(200);
        pager = new SaleListPager(limit, maxPages);
    }

    // --- me ---------------------------------------------------------------------------------------------

    /** The cheap connectivity and credentials check. */
    public Me me(DearAccount account) {
        return read(account, "GET me", api -> api.me(), Me.class);
    }

    // --- sale -------------------------------------------------------------------------------------------

    public Sale sale(DearAccount account, String saleId) {
        return read(account, "GET sale " + saleId, api -> api.sale(saleId), Sale.class);
    }

    /** Voids the sale for good ({@code DELETE sale?Void=true}); fires {@code Sale/Voided}. */
    public Sale voidSale(DearAccount account, String saleId) {
        return write(account, "void sale " + saleId, api -> api.deleteSale(saleId, true), Sale.class);
    }

    /** Undoes the sale back to draft ({@code DELETE sale?Void=false}); fires {@code Sale/Undo}. */
    public Sale undoSale(DearAccount account, String saleId) {
        return write(account, "undo sale " + saleId, api -> api.deleteSale(saleId, false), Sale.class);
    }

    // --- saleList -----------------------------------------------------------------------------------------

    /** One page (1-based) with an explicit limit (1..1000). */
    public SaleListPage saleListPage(DearAccount account, SaleListQuery query, int page, int limit) {
        if (limit < 1 || limit > SaleListPager.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + SaleListPager.MAX_LIMIT);
        }
        return read(account, "GET saleList page " + page, api -> api.saleList(page, limit,
                DearDates.format(query.updatedSince()), query.search(), query.orderStatus(), query.status(),
                query.combinedPickStatus(), query.combinedPackStatus(), query.combinedShippingStatus(),
                query.orderLocationId(), query.readyForShipping()), SaleListPage.class);
    }

    /** Every matching row, page by page with {@code dearbridge.dear.sale-list-limit} (default 1000). */
    public List<SaleSummary> saleList(DearAccount account, SaleListQuery query) {
        return pager.collect(page -> saleListPage(account, query, page, pager.limit()));
    }

    // --- fulfilments --------------------------------------------------------------------------------------

    public FulfilmentList fulfilments(DearAccount account, String saleId) {
        return read(account, "GET sale/fulfilment " + saleId, api -> api.fulfilments(saleId), FulfilmentList.class);
    }

    /**
     * Adds a fulfilment (turns a simple sale advanced). Creates a record on every call: after an unknown
     * outcome, re-read {@link #fulfilments} instead of calling again.
     */
    public FulfilmentList addFulfilment(DearAccount account, String saleId) {
        JsonNode answer = write(account, "POST sale/fulfilment " + saleId,
                api -> api.createFulfilment(DearJson.write(new NewFulfilment(saleId))), JsonNode.class);
        if (answer != null && answer.has("TaskID") && !answer.has("Fulfilments")) {
            return new FulfilmentList(saleId, List.of(convert(answer, Fulfilment.class)));
        }
        return convert(answer, FulfilmentList.class);
    }

    public FulfilmentList voidFulfilment(DearAccount account, String taskId) {
        return write(account, "void fulfilment " + taskId, api -> api.deleteFulfilment(taskId, true),
                FulfilmentList.class);
    }

    public FulfilmentList undoFulfilment(DearAccount account, String taskId) {
        return write(account, "undo fulfilment " + taskId, api -> api.deleteFulfilment(taskId, false),
                FulfilmentList.class);
    }

    // --- pick / pack / ship ---------------------------------------------------------------------------------

    public PickPackTask pick(DearAccount account, String taskId) {
        return readStage(account, FulfilmentStage.PICK, taskId, PickPackTask.class);
    }

    public PickPackTask postPick(DearAccount account, PickPackTask pick) {
        return writeStage(account, FulfilmentStage.PICK, false, pick.taskId(), pick, PickPackTask.class);
    }

    public PickPackTask putPick(DearAccount account, PickPackTask pick) {
        return writeStage(account, FulfilmentStage.PICK, true, pick.taskId(), pick, PickPackTask.class);
    }

    /** Lets DEAR pick by itself ({@code AutoPickMode: AUTOPICK}); the pick becomes AUTHORISED. */
    public PickPackTask autoPick(DearAccount account, String taskId) {
        return postPick(account, PickPackTask.autoPick(taskId));
    }

    public PickPackTask pack(DearAccount account, String taskId) {
        return readStage(account, FulfilmentStage.PACK, taskId, PickPackTask.class);
    }

    public PickPackTask postPack(DearAccount account, PickPackTask pack) {
        return writeStage(account, FulfilmentStage.PACK, false, pack.taskId(), pack, PickPackTask.class);
    }

    public PickPackTask putPack(DearAccount account, PickPackTask pack) {
        return writeStage(account, FulfilmentStage.PACK, true, pack.taskId(), pack, PickPackTask.class);
    }

    public ShipTask ship(DearAccount account, String taskId) {
        return readStage(account, FulfilmentStage.SHIP, taskId, ShipTask.class);
    }

    public ShipTask postShip(DearAccount account, ShipTask ship) {
        return writeStage(account, FulfilmentStage.SHIP, false, ship.taskId(), ship, ShipTask.class);
    }

    public ShipTask putShip(DearAccount account, ShipTask ship) {
        return writeStage(account, FulfilmentStage.SHIP, true, ship.taskId(), ship, ShipTask.class);
    }

    /**
     * Changes tracking on an authorised shipment: {@code PUT} with {@code AddTrackingNumbers: true}; {@code ship} is a
     * {@link ShipTask#addTrackingNumbers} body, repeating what the POST sent (the PUT overwrites the document).
     */
    public ShipTask addTrackingNumbers(DearAccount account, ShipTask ship) {
        return putShip(account, ship);
    }

    // --- credit notes ---------------------------------------------------------------------------------------

    public CreditNoteList creditNotes(DearAccount account, String saleId) {
        return read(account, "GET sale/creditnote " + saleId, api -> api.creditNotes(saleId), CreditNoteList.class);
    }

    /**
     * Creates (with {@link CreditNote#NEW_TASK}) or updates a credit note. Not idempotent: after an unknown
     * outcome, re-read {@link #creditNotes} first.
     */
    public CreditNoteList createCreditNote(DearAccount account, CreditNote creditNote) {
        Objects.requireNonNull(creditNote.saleId(), "SaleID");
        JsonNode answer = write(account, "POST sale/creditnote " + creditNote.saleId(),
                api -> api.createCreditNote(DearJson.write(creditNote)), JsonNode.class);
        if (answer != null && !answer.has("CreditNotes") && answer.has("TaskID")) {
            return new CreditNoteList(creditNote.saleId(), List.of(convert(answer, CreditNote.class)));
        }
        return convert(answer, CreditNoteList.class);
    }

    // --- stock adjustments (restock after an authorised credit note, docs/dear-api.md §6.5) -------------------

    /** Creates a new adjustment on every call: after an unknown outcome, look for its Reference first. */
    public StockAdjustment createStockAdjustment(DearAccount account, StockAdjustment adjustment) {
        return write(account, "POST stockadjustment " + adjustment.reference(),
                api -> api.createStockAdjustment(DearJson.write(adjustment)), StockAdjustment.class);
    }

    /** One page of the account's stock adjustments in {@code status} (docs/dear-api.md §6.5). */
    public StockAdjustmentList stockAdjustments(DearAccount account, String status, int page, int limit) {
        return read(account, "GET stockadjustmentList page " + page, api -> api.stockAdjustments(page, limit, status),
                StockAdjustmentList.class);
    }

    // --- webhooks -----------------------------------------------------------------------------------------

    /** Every subscription; DEAR returns bearer tokens masked as {@code ""}. */
    public List<Webhook> webhooks(DearAccount account) {
        WebhookList list = read(account, "GET webhooks", api -> api.webhooks(), WebhookList.class);
        return list == null ? List.of() : list.webhooks();
    }

    /** Subscribes; returns the webhook with its new {@code ID} (from the envelope, or a bare object). */
    public Webhook createWebhook(DearAccount account, Webhook webhook) {
        JsonNode answer = write(account, "POST webhooks " + webhook.type(),
                api -> api.createWebhook(DearJson.write(webhook)), JsonNode.class);
        return firstWebhook(answer);
    }

    /**
     * Replaces a subscription in full. DEAR wipes any field left out, including the bearer token it never
     * shows, so a bearer-auth webhook must carry its token ({@link Webhook#withBearerToken}).
     */
    public Webhook replaceWebhook(DearAccount account, Webhook webhook) {
        Objects.requireNonNull(webhook.id(), "a webhook to replace needs its ID");
        if (Webhook.BEARER_AUTH.equalsIgnoreCase(webhook.externalAuthorizationType())
                && (webhook.externalBearerToken() == null || webhook.externalBearerToken().isBlank())) {
            throw new IllegalArgumentException("PUT webhooks is a full replace: resend the bearer token, "
                    + "or DEAR wipes it (webhook " + webhook.id() + ")");
        }
        JsonNode answer = write(account, "PUT webhooks " + webhook.id(),
                api -> api.replaceWebhook(DearJson.write(webhook)), JsonNode.class);
        return firstWebhook(answer);
    }

    public void deleteWebhook(DearAccount account, String webhookId) {
        write(account, "DELETE webhooks " + webhookId, api -> api.deleteWebhook(webhookId), JsonNode.class);
    }

    // --- purchases: reads (receiving; docs/dear-api.md, purchases) ------------------------------------------------

    /** {@code GET purchase?ID=}: a Simple purchase. DEAR answers 400 for an Advanced one ({@link #advancedPurchase}). */
    public PurchaseDocument purchase(DearAccount account, String purchaseId) {
        JsonNode node = read(account, "GET purchase " + purchaseId, api -> api.purchase(purchaseId), JsonNode.class);
        return purchaseDocument(node, false);
    }

    /** {@code GET advanced-purchase?ID=}: an Advanced purchase (on some tenants an empty shell for a Simple one). */
    public PurchaseDocument advancedPurchase(DearAccount account, String purchaseId) {
        JsonNode node = read(account, "GET advanced-purchase " + purchaseId, api -> api.advancedPurchase(purchaseId),
                JsonNode.class);
        return purchaseDocument(node, true);
    }

    /** One page (1-based) of {@code purchaseList}. */
    public PurchaseListPage purchaseListPage(DearAccount account, PurchaseListQuery query, int page, int limit) {
        if (limit < 1 || limit > SaleListPager.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + SaleListPager.MAX_LIMIT);
        }
        return read(account, "GET purchaseList page " + page, api -> api.purchaseList(page, limit,
                DearDates.format(query.updatedSince()), query.search(), query.status()), PurchaseListPage.class);
    }

    /**
     * Every matching row, all pages (DEAR sorts ascending by number, so a cut would drop the newest purchases). No
     * silent page cap: beyond {@code dearbridge.dear.purchase-list-max-pages} (default 10000) the call fails loudly.
     */
    public List<PurchaseSummary> purchaseList(DearAccount account, PurchaseListQuery query) {
        int limit = config.getOptionalValue("dearbridge.dear.purchase-list-limit", Integer.class)
                .orElse(SaleListPager.MAX_LIMIT);
        int maxPages = config.getOptionalValue("dearbridge.dear.purchase-list-max-pages", Integer.class).orElse(10000);
        List<PurchaseSummary> rows = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            if (page > maxPages) {
                throw new DearCallException(FailureKind.TRANSIENT, null, "purchaseList has more than " + maxPages
                        + " pages of " + limit + "; refusing to read a truncated list", false, null);
            }
            PurchaseListPage result = purchaseListPage(account, query, page, limit);
            if (result == null) {
                return rows;
            }
            rows.addAll(result.purchaseList());
            boolean shortPage = result.purchaseList().size() < limit;
            boolean reachedTotal = result.total() != null && (long) page * limit >= result.total();
            if (shortPage || reachedTotal) {
                return rows;
            }
        }
    }

    private static PurchaseDocument purchaseDocument(JsonNode node, boolean advancedEndpoint) {
        try {
            return PurchaseDocument.read(node, advancedEndpoint);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new DearCallException(FailureKind.PERMANENT, 200, "DEAR's answer could not be read as a purchase",
                    false, e);
        }
    }

    // --- plumbing -------------------------------------------------------------------------------------------

    private <T> T readStage(DearAccount account, FulfilmentStage stage, String taskId, Class<T> type) {
        return read(account, "GET sale/fulfilment/" + stage.path() + " " + taskId, api -> api.stage(stage.path(), taskId),
                type);
    }

    private <T> T writeStage(DearAccount account, FulfilmentStage stage, boolean put, String taskId, Object body,
                             Class<T> type) {
        String json = DearJson.write(body);
        return write(account, (put ? "PUT" : "POST") + " sale/fulfilment/" + stage.path() + " " + taskId,
                api -> put ? api.putStage(stage.path(), json) : api.postStage(stage.path(), json), type);
    }

    private <T> T read(DearAccount account, String what, java.util.function.Function<DearApi, jakarta.ws.rs.core.Response> call,
                       Class<T> type) {
        warnIfInTransaction(what);
        return calls.read(account, what, call, javaType(type));
    }

    private <T> T write(DearAccount account, String what, java.util.function.Function<DearApi, jakarta.ws.rs.core.Response> call,
                        Class<T> type) {
        warnIfInTransaction(what);
        return calls.write(account, what, call, javaType(type));
    }

    private static JavaType javaType(Class<?> type) {
        return DearJson.mapper().getTypeFactory().constructType(type);
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return DearJson.mapper().treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new DearCallException(FailureKind.PERMANENT, 200, "DEAR's answer could not be read as "
                    + type.getSimpleName(), false, e);
        }
    }

    private static Webhook firstWebhook(JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return null;
        }
        if (answer.has("Webhooks")) {
            List<Webhook> webhooks = convert(answer, WebhookList.class).webhooks();
            return webhooks.isEmpty() ? null : webhooks.get(0);
        }
        return convert(answer, Webhook.class);
    }

    private void warnIfInTransaction(String what) {
        try {
            TransactionSynchronizationRegistry registry = transactions();
            if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
                LOG.warning(() -> "DEAR call '" + what + "' made inside a database transaction; "
                        + "DEAR may keep it waiting for minutes");
            }
        } catch (IllegalStateException e) {
            // No transaction manager here (unit tests): nothing to warn about.
        }
    }

    /**
     * Looked up by its server-wide name rather than injected with {@code @Resource}: {@code java:comp} is not
     * there when this bean is first created on a thread the container does not manage, and that must not
     * break the DEAR client.
     */
    private TransactionSynchronizationRegistry transactions() {
        if (!transactionsLookedUp) {
            try {
                transactions = (TransactionSynchronizationRegistry) new javax.naming.InitialContext()
                        .lookup("java:jboss/TransactionSynchronizationRegistry");
            } catch (javax.naming.NamingException | RuntimeException e) {
                transactions = null;
            }
            transactionsLookedUp = true;
        }
        return transactions;
    }

    // --- receiving writes (PURCHASES.md §3, §6). None is idempotent: after an unknown outcome re-read first. ----

    /** A Simple purchase's one stock-received document ({@code GET purchase/stock?TaskID=}). */
    public io.dearbridge.dear.model.StockReceivedTask purchaseStock(DearAccount account, String purchaseId) {
        return read(account, "GET purchase/stock " + purchaseId, api -> api.purchaseStock(purchaseId),
                io.dearbridge.dear.model.StockReceivedTask.class);
    }

    /** Adds lines to (or, with empty lines and AUTHORISED, authorises) a Simple purchase's stock received. */
    public io.dearbridge.dear.model.StockReceivedTask postPurchaseStock(DearAccount account,
                                                                      io.dearbridge.dear.model.StockReceivedTask body) {
        String json = DearJson.write(body);
        return write(account, "POST purchase/stock " + body.taskId() + " " + body.status(),
                api -> api.postPurchaseStock(json), io.dearbridge.dear.model.StockReceivedTask.class);
    }

    /** Every receiving task of an Advanced purchase. */
    public io.dearbridge.dear.model.StockReceivedList advancedPurchaseStock(DearAccount account, String purchaseId) {
        return read(account, "GET advanced-purchase/stock " + purchaseId, api -> api.advancedPurchaseStock(purchaseId),
                io.dearbridge.dear.model.StockReceivedList.class);
    }

    /** Stock received on one receiving task (a new one without a TaskID); answers every task of the purchase. */
    public io.dearbridge.dear.model.StockReceivedList postAdvancedPurchaseStock(DearAccount account,
            io.dearbridge.dear.model.StockReceivedAdvanced body) {
        String json = DearJson.write(body);
        return write(account, "POST advanced-purchase/stock " + body.purchaseId() + " " + body.status(),
                api -> api.postAdvancedPurchaseStock(json), io.dearbridge.dear.model.StockReceivedList.class);
    }

    /** Every put-away task of an Advanced purchase. */
    public io.dearbridge.dear.model.StockReceivedList advancedPurchasePutAway(DearAccount account, String purchaseId) {
        return read(account, "GET advanced-purchase/put-away " + purchaseId,
                api -> api.advancedPurchasePutAway(purchaseId), io.dearbridge.dear.model.StockReceivedList.class);
    }

    /** The put-away of one receiving task to the bins; answers every put-away task of the purchase. */
    public io.dearbridge.dear.model.StockReceivedList postAdvancedPurchasePutAway(DearAccount account,
            io.dearbridge.dear.model.StockReceivedAdvanced body) {
        String json = DearJson.write(body);
        return write(account, "POST advanced-purchase/put-away " + body.purchaseId() + " " + body.taskId(),
                api -> api.postAdvancedPurchasePutAway(json), io.dearbridge.dear.model.StockReceivedList.class);
    }

    /** A Simple purchase's one credit note. */
    public io.dearbridge.dear.model.PurchaseCreditNote purchaseCreditNote(DearAccount account, String purchaseId) {
        return read(account, "GET purchase/creditnote " + purchaseId, api -> api.purchaseCreditNote(purchaseId),
                io.dearbridge.dear.model.PurchaseCreditNote.class);
    }

    /** Writes a Simple purchase's credit note. */
    public io.dearbridge.dear.model.PurchaseCreditNote postPurchaseCreditNote(DearAccount account,
            io.dearbridge.dear.model.PurchaseCreditNote body) {
        String json = DearJson.write(body);
        return write(account, "POST purchase/creditnote " + body.taskId(), api -> api.postPurchaseCreditNote(json),
                io.dearbridge.dear.model.PurchaseCreditNote.class);
    }

    /** Every credit note of an Advanced purchase. */
    public io.dearbridge.dear.model.PurchaseCreditNoteList advancedPurchaseCreditNotes(DearAccount account,
                                                                                       String purchaseId) {
        return read(account, "GET advanced-purchase/creditnote " + purchaseId,
                api -> api.advancedPurchaseCreditNotes(purchaseId), io.dearbridge.dear.model.PurchaseCreditNoteList.class);
    }

    /** A new credit note on an Advanced purchase (TaskID the empty GUID); answers every note of the purchase. */
    public io.dearbridge.dear.model.PurchaseCreditNoteList postAdvancedPurchaseCreditNote(DearAccount account,
            io.dearbridge.dear.model.PurchaseCreditNote body) {
        String json = DearJson.write(body);
        return write(account, "POST advanced-purchase/creditnote " + body.purchaseId(),
                api -> api.postAdvancedPurchaseCreditNote(json), io.dearbridge.dear.model.PurchaseCreditNoteList.class);
    }

    /**
     * The purchase document as the receiving writes read it before each write ({@code GET purchase?ID=}, or with
     * {@code advancedEndpoint} {@code GET advanced-purchase?ID=}); the shape says whether it is Advanced.
     */
    public io.dearbridge.dear.model.StockReceivedPurchase purchaseForReceiving(DearAccount account, String purchaseId,
                                                                              boolean advancedEndpoint) {
        JsonNode node = read(account, (advancedEndpoint ? "GET advanced-purchase " : "GET purchase ") + purchaseId,
                api -> advancedEndpoint ? api.advancedPurchase(purchaseId) : api.purchase(purchaseId), JsonNode.class);
        try {
            return io.dearbridge.dear.model.StockReceivedPurchase.read(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new DearCallException(FailureKind.PERMANENT, 200, "DEAR's purchase " + purchaseId
                    + " could not be read: " + e.getMessage(), false, e);
        }
    }
}
