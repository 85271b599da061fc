package io.dearbridge.dear.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.dear.model.DearJson;
import io.dearbridge.dear.model.PurchaseDocument;
import io.dearbridge.dear.model.PurchaseListPage;
import io.dearbridge.domain.receiving.Approach;
import io.dearbridge.domain.receiving.DearTaskKind;
import io.dearbridge.domain.receiving.PurchaseSnapshot;
import io.dearbridge.domain.receiving.PurchaseType;
import io.dearbridge.domain.receiving.Receipt;
import io.dearbridge.domain.receiving.ReceiptStatus;
import io.dearbridge.domain.receiving.ReceivingScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bodies shaped like the examples of docs/dear-api.md (purchases; PURCHASES.md §1.3, §2.1, §3). */
class PurchaseTranslatorTest {

    static final String SIMPLE = """
            {"ID":"02B08CD2-0000-4000-8000-000000000001","Supplier":"Bakery Supplies","SupplierID":"s-1",
             "Approach":"Stock","BlindReceipt":false,"RequiredBy":"2026-12-10T00:00:00","Location":"Main Warehouse",
             "OrderNumber":"PO-00042","Status":"ORDERED","LastUpdatedDate":"2026-08-28T12:59:44.05",
             "RelatedDropShipSaleTask":null,
             "Order":{"Status":"AUTHORISED","Memo":"","Lines":[
               {"ProductID":"P-BREAD","SKU":"Bread","Name":"Bread","Quantity":2,"Price":1},
               {"ProductID":"P-BREAD","SKU":"Bread","Name":"Bread","Quantity":"3.5","Price":1},
               {"ProductID":"P-TENT","SKU":"TENT-2P","Name":"Tent","Quantity":10}]},
             "StockReceived":{"Status":"DRAFT","Lines":[
               {"Date":"2026-12-06T00:00:00Z","Quantity":4,"ProductID":"P-TENT","SKU":"TENT-2P","Location":"Main Warehouse",
                "BatchSN":"L2503","ExpiryDate":"2027-03-01T00:00:00","CardID":"CARD-1","Received":true}]},
             "Invoice":{"InvocieNumber":"INV-1","Status":"NOT AVAILABLE"}}
            """;

    static final String ADVANCED = """
            {"ID":"9a0e0000-0000-4000-8000-000000000002","Type":"Advanced Purchase","Approach":"INVOICE",
             "Location":"Main Warehouse","OrderNumber":"PO-00043","Status":"RECEIVING","IsServiceOnly":false,
             "LastUpdatedDate":"2026-12-06T10:00:00Z","CombinedReceivingStatus":"PARTIALLY RECEIVED",
             "Order":{"Status":"AUTHORISED","Lines":[{"ProductID":"p-tent","SKU":"TENT-2P","Name":"Tent","Quantity":12}]},
             "StockReceived":[{"TaskID":"dd31bf19-0000-4000-8000-000000000003","Status":"AUTHORISED","Lines":[
                {"Date":"2026-12-06T00:00:00","Quantity":8,"SKU":"TENT-2P","ProductID":"p-tent","CardID":"c-sr"}]},
               {"TaskID":"dd31bf19-0000-4000-8000-000000000004","Status":"NOT AVAILABLE","Lines":[]}],
             "PutAway":[{"TaskID":"dd31bf19-0000-4000-8000-000000000003","Status":"AUTHORISED","Lines":[
                {"Date":"2026-12-06T00:00:00","Quantity":5,"SKU":"TENT-2P","ProductID":"p-tent","Location":"Main Warehouse: A-01","CardID":"c-pa1"},
                {"Date":"2026-12-06T00:00:00","Quantity":3,"SKU":"TENT-2P","ProductID":"p-tent","Location":"Main Warehouse: A-02","CardID":"c-pa2"}]}],
             "Invoice":[{"TaskID":"dd31bf19-0000-4000-8000-000000000003","Status":"PAID"}]}
            """;

    static PurchaseSnapshot read(String json, boolean advancedEndpoint) throws Exception {
        return PurchaseTranslator.toSnapshot(PurchaseDocument.read(DearJson.mapper().readTree(json), advancedEndpoint));
    }

    @Test
    void aSimplePurchaseReadsWithItsSingleStockDocument() throws Exception {
        PurchaseSnapshot p = read(SIMPLE, false);
        assertEquals(PurchaseType.SIMPLE, p.type());
        assertEquals(Approach.STOCK, p.approach(), "'Stock' compared case-insensitively");
        assertEquals("02b08cd2-0000-4000-8000-000000000001", p.id());
        assertEquals("2026-08-28T12:59:44.05", p.lastUpdatedRaw(), "the raw string kept for comparisons");
        assertEquals(Instant.parse("2026-08-28T12:59:44.050Z"), p.lastUpdated(), "zone-less read as UTC");
        assertTrue(p.orderAuthorised());
        assertFalse(p.invoiceAuthorised());
        assertEquals(1, p.tasks().size());
        PurchaseSnapshot.StockTask stock = p.tasks().get(0);
        assertEquals(p.id(), stock.taskId(), "a Simple stock document's task is the purchase");
        assertEquals(DearTaskKind.STOCK_RECEIVED, stock.kind());
        assertEquals("card-1", stock.lines().get(0).cardId());
        assertEquals(LocalDate.of(2027, 3, 1), stock.lines().get(0).expiryDate());
        assertNull(p.dropShipTaskId());

        Receipt r = Receipt.expect("acme", p, Instant.EPOCH);
        assertEquals(2, r.lines().size(), "Bread's two lines summed by product");
        assertEquals(0, new BigDecimal("5.5").compareTo(r.lines().get(0).quantity()));
        assertEquals(ReceiptStatus.EXPECTED, r.status(), "a DEAR user's DRAFT stock is not received stock");
    }

    @Test
    void anAdvancedPurchaseIsToldByItsShapeAndCountsPutAwayOnce() throws Exception {
        PurchaseSnapshot p = read(ADVANCED, true);
        assertEquals(PurchaseType.ADVANCED, p.type());
        assertEquals(Approach.INVOICE, p.approach());
        assertTrue(p.invoiceAuthorised(), "PAID passes the Invoice-first gate");
        assertEquals(2, p.tasks().size(), "the NOT AVAILABLE empty task is left out");
        Receipt r = Receipt.expect("acme", p, Instant.EPOCH);
        assertEquals(0, new BigDecimal("8").compareTo(r.progress().get(0).received()), "put-away, not SR + put-away");
        assertEquals(ReceiptStatus.PARTLY_RECEIVED, r.status());
    }

    @Test
    void theShapeWinsOverAMissingType() throws Exception {
        String converted = SIMPLE.replace("\"StockReceived\":{", "\"StockReceived\":[{").replace("\"Received\":true}]},",
                "\"Received\":true}]}],");
        assertEquals(PurchaseType.ADVANCED, read(converted, false).type());
    }

    @Test
    void dropShipAndServiceOnlyAreRecognised() throws Exception {
        PurchaseSnapshot dropShip = read(SIMPLE.replace("\"RelatedDropShipSaleTask\":null",
                "\"RelatedDropShipSaleTask\":\"5e1f0000-0000-4000-8000-000000000009\""), false);
        assertEquals(ReceivingScope.Verdict.DROP_SHIP, ReceivingScope.judge(dropShip, true));
        PurchaseSnapshot noDropShip = read(SIMPLE.replace("\"RelatedDropShipSaleTask\":null",
                "\"RelatedDropShipSaleTask\":\"00000000-0000-0000-0000-000000000000\""), false);
        assertEquals(ReceivingScope.Verdict.RECEIVE, ReceivingScope.judge(noDropShip, true));
        PurchaseSnapshot service = read(ADVANCED.replace("\"Type\":\"Advanced Purchase\"", "\"Type\":\"Service Purchase\"")
                .replace("\"IsServiceOnly\":false", "\"IsServiceOnly\":true"), true);
        assertEquals(ReceivingScope.Verdict.SERVICE_ONLY, ReceivingScope.judge(service, true));
    }

    @Test
    void anEmptyShellIsRecognised() throws Exception {
        PurchaseDocument shell = PurchaseDocument.read(DearJson.mapper().readTree(
                "{\"ID\":\"x\",\"Status\":\"\",\"Order\":{\"Lines\":[]}}"), true);
        assertTrue(shell.purchase().emptyShell());
        assertFalse(PurchaseDocument.read(DearJson.mapper().readTree(SIMPLE), false).purchase().emptyShell());
    }

    @Test
    void listRowsRead() throws Exception {
        PurchaseListPage page = DearJson.mapper().readValue("""
                {"Total":1,"Page":1,"PurchaseList":[{"ID":"A1","OrderNumber":"PO-00042","Status":"COMPLETED",
                 "LastUpdatedDate":"2026-08-28T12:59:44.05","Type":"Simple Purchase","IsServiceOnly":false,
                 "DropShipTaskID":null,"CombinedReceivingStatus":"FULLY RECEIVED","StockReceivedStatus":"AUTHORISED"}]}
                """, PurchaseListPage.class);
        assertEquals(1, page.purchaseList().size());
        assertEquals("2026-08-28T12:59:44.05", page.purchaseList().get(0).lastUpdatedDate());
        assertEquals("AUTHORISED", page.purchaseList().get(0).stockReceivedStatus());
    }
}
