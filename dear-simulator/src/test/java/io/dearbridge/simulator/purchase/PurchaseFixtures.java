package io.dearbridge.simulator.purchase;

import static io.dearbridge.simulator.TestSim.map;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Purchases raised in a {@link TestSim} and DEAR calls on them. */
final class PurchaseFixtures {

    static final String DAY = "2025-03-10T00:00:00Z";

    private PurchaseFixtures() {
    }

    static Purchase raise(TestSim sim, String type, String approach, Object... skuQty) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            lines.add(map("sku", skuQty[i], "quantity", new BigDecimal(skuQty[i + 1].toString())));
        }
        return sim.sim.purchaseFactory().create(TestSim.ACCOUNT, sim.space().purchases(),
                sim.space().stockroom().locations(), map("type", type, "approach", approach, "lines", lines));
    }

    static Map<String, Object> line(String sku, Object qty, String location) {
        Map<String, Object> m = map("Date", DAY, "SKU", sku, "Quantity", new BigDecimal(qty.toString()));
        if (location != null) {
            m.put("Location", location);
        }
        return m;
    }

    static DearResponse post(TestSim sim, String path, Map<String, Object> body) {
        return sim.call("POST", path, Map.of(), body);
    }

    static void invoice(TestSim sim, Purchase p) {
        sim.sim.purchases().authoriseInvoice(p, null, null);
    }
}
