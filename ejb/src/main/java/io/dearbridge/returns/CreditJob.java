package io.dearbridge.returns;

import io.dearbridge.domain.returns.ReceivedLine;
import io.dearbridge.domain.returns.ReturnOrigin;
import io.dearbridge.domain.returns.ReturnStatus;
import io.dearbridge.domain.order.PickedBatches;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a returns command needs from its return, read before DEAR is called (no transaction held). */
public record CreditJob(long returnId, long orderId, String accountCode, String saleId, ReturnOrigin origin,
                        ReturnStatus status, String reference, String creditNoteTaskId,
                        List<ReceivedLine> received, Map<String, BigDecimal> restockShortfall,
                        PickedBatches picked) {
}
