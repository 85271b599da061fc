package io.dearbridge.console;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * 'Replay all that match': the matching syncs (of the operator's accounts) replayed a batch per transaction
 * ({@code dearbridge.console.replay-batch}, default 100), in the background, so thousands neither time out nor
 * roll back together; the page polls {@link #progress}. A batch that fails stops the run; those before it stay.
 */
@Stateless
@RolesAllowed("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplayAll {

    static final int DEFAULT_BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ReplayAll.class.getName());

    @Inject
    FailedSyncs syncs;

    @Inject
    SyncActions actions;

    @Inject
    ReplayRuns runs;

    @Inject
    Config config;

    @Resource
    SessionContext context;

    /** Starts the run; answers its id for {@link #progress}. */
    public String start(SyncFilter filter) {
        List<SyncRef> refs = syncs.refs(filter);
        int batch = Math.max(1, config.getOptionalValue("dearbridge.console.replay-batch", Integer.class)
                .orElse(DEFAULT_BATCH));
        List<List<SyncRef>> batches = batches(refs, batch);
        ReplayRun run = new ReplayRun(UUID.randomUUID().toString(), refs.size(), 0, 0, 0, batches.size(),
                batches.isEmpty(), null);
        runs.put(run);
        if (!batches.isEmpty()) {
            context.getBusinessObject(ReplayAll.class).run(run.id(), batches);
        }
        return run.id();
    }

    public Optional<ReplayRun> progress(String id) {
        return runs.find(id);
    }

    /** Each batch through {@link SyncActions#replayAll} commits on its own (this bean runs outside a transaction). */
    @Asynchronous
    public void run(String id, List<List<SyncRef>> batches) {
        String actor = context.getCallerPrincipal().getName();
        for (List<SyncRef> batch : batches) {
            try {
                int replayed = actions.replayAll(batch);
                ReplayRun run = runs.update(id, r -> r.afterBatch(batch.size(), replayed));
                LOG.info(() -> "Replay all by " + actor + ": " + run.summary());
            } catch (EJBException | ConsoleActionRefused e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String why = cause instanceof ConsoleActionRefused ? cause.getMessage()
                        : cause.getClass().getSimpleName();
                runs.update(id, r -> r.failed(why));
                LOG.warning(() -> "Replay all by " + actor + " stopped: " + why);
                return;
            }
        }
    }

    static List<List<SyncRef>> batches(List<SyncRef> refs, int size) {
        int count = (refs.size() + size - 1) / size;
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> List.copyOf(refs.subList(i * size, Math.min(refs.size(), (i + 1) * size)))).toList();
    }
}
