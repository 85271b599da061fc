package io.dearbridge.dear.adapter;

import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.PurchaseListQuery;
import io.dearbridge.dear.model.PurchaseDocument;
import io.dearbridge.dear.model.PurchaseSummary;
import io.dearbridge.domain.receiving.PurchaseSnapshot;
import io.dearbridge.domain.receiving.PurchaseType;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.receiving.FoundPurchase;
import io.dearbridge.receiving.PurchaseSource;
import io.dearbridge.sync.SyncFailureException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * Receiving's view of DEAR purchases, over the DEAR client, with the type-detecting read of docs/dear-api.md
 * (purchases): {@code GET purchase} for a Simple purchase, {@code GET advanced-purchase} for an Advanced one; a 400
 * saying {@code purchase} does not support Advanced purchases, or an empty shell from {@code advanced-purchase}, sends
 * the one read to the other endpoint. Without a hint the Simple endpoint goes first (its refusal is loud, an empty
 * shell is not).
 */
@ApplicationScoped
public class DearPurchaseSource implements PurchaseSource {

    @Inject
    DearClient client;

    @Override
    public PurchaseSnapshot fetch(DearAccount account, String purchaseId, PurchaseType likely) {
        try {
            PurchaseDocument doc = likely == PurchaseType.ADVANCED ? advancedFirst(account, purchaseId)
                    : simpleFirst(account, purchaseId);
            if (doc == null || doc.purchase() == null || doc.purchase().emptyShell()) {
                throw new SyncFailureException(new SyncFailure(FailureKind.PERMANENT, 200, "DEAR has no purchase "
                        + purchaseId));
            }
            return PurchaseTranslator.toSnapshot(doc);
        } catch (DearCallException e) {
            throw new SyncFailureException(e.toFailure(), e);
        } catch (IllegalArgumentException e) {
            throw new SyncFailureException(new SyncFailure(FailureKind.PERMANENT, 200, e.getMessage()), e);
        }
    }

    private PurchaseDocument simpleFirst(DearAccount account, String purchaseId) {
        try {
            return client.purchase(account, purchaseId);
        } catch (DearCallException e) {
            if (advancedOnly(e)) {
                return client.advancedPurchase(account, purchaseId);
            }
            throw e;
        }
    }

    private PurchaseDocument advancedFirst(DearAccount account, String purchaseId) {
        PurchaseDocument doc = client.advancedPurchase(account, purchaseId);
        if (doc == null || doc.purchase() == null || doc.purchase().emptyShell()) {
            return client.purchase(account, purchaseId);
        }
        return doc;
    }

    /** DEAR's loud signal that the purchase is Advanced (docs/dear-api.md, purchases §1.3). */
    static boolean advancedOnly(DearCallException e) {
        return e.httpStatus() != null && e.httpStatus() == 400 && e.dearMessage() != null
                && e.dearMessage().toLowerCase(Locale.ROOT).contains("does not support advanced purchase");
    }

    @Override
    public Optional<FoundPurchase> findByNumber(DearAccount account, String number) {
        try {
            String wanted = number.trim();
            return client.purchaseList(account, PurchaseListQuery.search(wanted)).stream()
                    .filter(row -> wanted.equalsIgnoreCase(trim(row.orderNumber()))
                            || wanted.equalsIgnoreCase(trim(row.invoiceNumber())))
                    .findFirst()
                    .map(DearPurchaseSource::found);
        } catch (DearCallException e) {
            throw new SyncFailureException(e.toFailure(), e);
        }
    }

    private static FoundPurchase found(PurchaseSummary row) {
        String dropShip = row.dropShipTaskId();
        boolean isDropShip = dropShip != null && !dropShip.isBlank()
                && !PurchaseTranslator.EMPTY_GUID.equals(dropShip.trim());
        return new FoundPurchase(row.id().toLowerCase(Locale.ROOT), row.orderNumber(), row.type(),
                Boolean.TRUE.equals(row.isServiceOnly()), isDropShip);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
