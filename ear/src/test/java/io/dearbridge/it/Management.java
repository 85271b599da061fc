package io.dearbridge.it;

import java.io.IOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/** System properties of the IT server, set and removed through its management API (MicroProfile Config reads them live). */
public final class Management {

    private Management() {
    }

    public static void setProperty(String name, String value) {
        ModelNode add = Operations.createAddOperation(Operations.createAddress("system-property", name));
        add.get("value").set(value);
        execute(add);
    }

    public static void removeProperty(String name) {
        execute(Operations.createRemoveOperation(Operations.createAddress("system-property", name)));
    }

    private static void execute(ModelNode operation) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1",
                9990 + Http.PORT_OFFSET)) {
            ModelNode response = client.execute(operation);
            if (!Operations.isSuccessfulOutcome(response)) {
                throw new IllegalStateException(operation + " failed: " + Operations.getFailureDescription(response));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
