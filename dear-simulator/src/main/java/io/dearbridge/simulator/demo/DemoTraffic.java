package io.dearbridge.simulator.demo;

import io.dearbridge.simulator.account.SimAccount;
import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.app.AccountSpace;
import io.dearbridge.simulator.app.Simulator;
import io.dearbridge.simulator.fulfilment.StageStatus;
import io.dearbridge.simulator.purchase.Purchase;
import io.dearbridge.simulator.purchase.PurchaseStatuses;
import io.dearbridge.simulator.purchase.PurchaseTask;
import io.dearbridge.simulator.sale.Sale;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * One tick per interval, for every configured account: a new authorised sale; about one tick in eight also voids an
 * older sale that nobody has picked yet, and about one in eight raises a restocking credit note on a shipped sale.
 * Inbound work too: about one tick in six raises a purchase order (Simple or Advanced, now and then Invoice first),
 * about one in eight a DEAR user authorises the invoice of an Invoice-first order, and about one in twelve a payment
 * touches an invoiced purchase (its LastUpdatedDate moves without a webhook, as in DEAR).
 */
public final class DemoTraffic {

    private static final Logger LOG = Logger.getLogger(DemoTraffic.class.getName());

    private final Simulator simulator;
    private final Random random;

    public DemoTraffic(Simulator simulator, Random random) {
        this.simulator = simulator;
        this.random = random;
    }

    public void tick() {
        for (SimAccount configured : simulator.configured()) {
            AccountSpace space = simulator.space(configured.accountId());
            if (space == null) {
                continue;
            }
            try {
                Sale sale = simulator.factory().create(space.account().accountId(), space.sales(), Map.of());
                LOG.info(() -> "Demo: " + space.account().name() + " new order " + sale.orderNumber()
                        + " (" + sale.lines().size() + " lines)");
                if (random.nextInt(8) == 0) {
                    voidOlder(space);
                }
                if (random.nextInt(8) == 0) {
                    creditShipped(space);
                }
                purchases(space);
            } catch (DearException | IllegalStateException e) {
                LOG.info(() -> "Demo: skipped a step: " + e.getMessage());
            }
        }
    }

    private void purchases(AccountSpace space) {
        if (random.nextInt(6) == 0) {
            Map<String, Object> spec = new java.util.HashMap<>();
            spec.put("type", random.nextInt(3) == 0 ? "Advanced" : "Simple");
            spec.put("approach", random.nextInt(4) == 0 ? "INVOICE" : "STOCK");
            Purchase p = simulator.purchaseFactory().create(space.account().accountId(), space.purchases(),
                    space.stockroom().locations(), spec);
            LOG.info(() -> "Demo: " + space.account().name() + " new purchase order " + p.orderNumber() + " ("
                    + p.type() + ", " + p.approach() + ", " + p.lines().size() + " lines)");
        }
        if (random.nextInt(8) == 0) {
            space.purchases().oldestFirst().stream().filter(p -> {
                synchronized (p) {
                    return p.ordered() && !p.voided() && p.invoiceFirst()
                            && p.tasks().stream().noneMatch(PurchaseTask::invoiceAuthorised);
                }
            }).findFirst().ifPresent(p -> {
                simulator.purchases().authoriseInvoice(p, null, null);
                LOG.info(() -> "Demo: " + space.account().name() + " invoice authorised on " + p.orderNumber());
            });
        }
        if (random.nextInt(12) == 0) {
            space.purchases().oldestFirst().stream().filter(p -> {
                synchronized (p) {
                    return !p.voided() && p.tasks().stream()
                            .anyMatch(t -> PurchaseStatuses.AUTHORISED.equals(t.invoiceStatus()));
                }
            }).findFirst().ifPresent(p -> {
                simulator.purchases().pay(p, simulator.purchases().clock().now());
                LOG.info(() -> "Demo: " + space.account().name() + " payment on " + p.orderNumber());
            });
        }
    }

    private void voidOlder(AccountSpace space) {
        List<Sale> candidates = space.sales().newestFirst().stream().skip(3)
                .filter(s -> {
                    synchronized (s) {
                        return s.authorised() && s.fulfilments().stream()
                                .allMatch(f -> StageStatus.NOT_AVAILABLE.equals(f.pickStatus()));
                    }
                }).toList();
        if (!candidates.isEmpty()) {
            Sale sale = candidates.get(random.nextInt(candidates.size()));
            simulator.lifecycle().voidSale(sale);
            LOG.info(() -> "Demo: " + space.account().name() + " voided " + sale.orderNumber());
        }
    }

    private void creditShipped(AccountSpace space) {
        List<Sale> shipped = space.sales().newestFirst().stream()
                .filter(s -> {
                    synchronized (s) {
                        return s.authorised() && s.creditNotes().isEmpty() && s.activeFulfilments().stream()
                                .anyMatch(f -> StageStatus.shipDone(f.shipStatus()));
                    }
                }).toList();
        if (!shipped.isEmpty()) {
            Sale sale = shipped.get(random.nextInt(shipped.size()));
            simulator.actions().creditNote(space.sales(), sale, Map.of());
            LOG.info(() -> "Demo: " + space.account().name() + " credit note (1 unit, restocked) on "
                    + sale.orderNumber());
        }
    }
}
