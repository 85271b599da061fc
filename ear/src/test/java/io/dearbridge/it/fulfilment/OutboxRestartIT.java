package io.dearbridge.it.fulfilment;

import static io.dearbridge.it.Await.await;
import static io.dearbridge.it.Bridge.importedOrder;
import static io.dearbridge.it.Bridge.warehouse;
import static io.dearbridge.it.OrderRows.allSent;
import static io.dearbridge.it.OrderRows.commandIds;
import static io.dearbridge.it.OrderRows.commands;
import static io.dearbridge.it.Simulator.authorisedSale;
import static io.dearbridge.it.Simulator.awaitSubscribed;
import static io.dearbridge.it.Simulator.callsSince;
import static io.dearbridge.it.Simulator.calm;
import static io.dearbridge.it.Simulator.count;
import static io.dearbridge.it.Simulator.fault;
import static io.dearbridge.it.Simulator.lastSeq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Deployments;
import io.dearbridge.it.InboxEvents;
import io.dearbridge.it.ItDatabase;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Commands pending when the application stops are sent after it starts again, and what the node had in hand when it
 * stopped is taken back at once rather than after its lease. The bridge is undeployed (its timers, executor and
 * in-memory state gone) and deployed anew against the same database.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxRestartIT {

    private static final String BRIDGE = "bridge";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = BRIDGE, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @Test
    void commandsPendingOrInHandAtAStopAreSentAfterTheRestart() {
        long orderId;
        String saleId;
        deployer.deploy(BRIDGE);
        try {
            calm();
            // A freshly deployed bridge subscribes a few seconds after start; a sale made before would go unheard.
            awaitSubscribed("Sale/OrderAuthorised");
            JsonObject sale = authorisedSale("[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"price\": 249}]");
            saleId = sale.getString("ID").toLowerCase();
            orderId = importedOrder(sale).getJsonNumber("id").longValue();
            fault(100000, 503, "POST", "sale/fulfilment/pick");
            assertEquals(202, warehouse("POST", "orders/" + orderId + "/picks", "{\"lines\": [{\"sku\":"
                    + " \"TENT-2P-GRN\", \"quantity\": 1, \"location\": \"A-03-02\"}]}").statusCode());
            assertEquals(202, warehouse("POST", "orders/" + orderId + "/packs", "{\"lines\": [{\"sku\":"
                    + " \"TENT-2P-GRN\", \"quantity\": 1, \"box\": \"Box 1\"}]}").statusCode());
            await("the pick failing against a busy DEAR", () ->
                    commands(orderId).get(0).equals("DEAR_PICK=RETRY") ? true : null);
        } finally {
            deployer.undeploy(BRIDGE);
        }
        List<String> stopped = commands(orderId);
        assertTrue(stopped.get(1).equals("DEAR_PACK=PENDING"), stopped.toString());
        // As if the node had been killed mid-work: the pick SENDING and the sale's import PROCESSING, each under a
        // lease of another hour. The claims name this node, which takes them back as it starts.
        long pick = commandIds(orderId).get(0);
        String node = ItDatabase.query("select claimed_by from outbox_command where id = ?", row -> row.getString(1),
                pick).get(0);
        assertTrue(node != null && !node.isBlank(), "a claim names its node");
        OffsetDateTime inAnHour = OffsetDateTime.now().plusHours(1);
        assertEquals(1, ItDatabase.update("update outbox_command set status = 'SENDING', next_attempt_at = ?"
                + " where id = ?", inAnHour, pick));
        long imported = ItDatabase.query("select id from inbox_event where document_id = ? and event_type ="
                + " 'Sale/OrderAuthorised' and claimed_by = ?", row -> row.getLong(1), saleId, node).get(0);
        assertEquals(1, ItDatabase.update("update inbox_event set status = 'PROCESSING', next_attempt_at = ?"
                + " where id = ?", inAnHour, imported));
        calm();
        long before = lastSeq();

        deployer.deploy(BRIDGE);
        try {
            assertEquals(List.of("DEAR_PICK=SENT", "DEAR_PACK=SENT"), allSent(orderId));
            InboxEvents.awaitStatus(imported, "DONE");
            List<JsonObject> calls = callsSince(before);
            assertEquals(1, count(calls, "POST", "sale/fulfilment/pick", 200));
            assertEquals(1, count(calls, "POST", "sale/fulfilment/pack", 200));
        } finally {
            deployer.undeploy(BRIDGE);
        }
    }
}
