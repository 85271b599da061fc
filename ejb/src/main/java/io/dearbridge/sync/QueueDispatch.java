package io.dearbridge.sync;

import io.dearbridge.cluster.ThisNode;
import io.dearbridge.dear.rate.CallDeferred;
import io.dearbridge.dear.rate.DearWork;
import io.dearbridge.metrics.LogContext;
import io.dearbridge.dear.rate.Lane;
import io.dearbridge.dear.rate.RateGovernor;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dispatcher shell both queues share (the inbox's events, the outbox's commands): one drain at a time per node
 * ({@link DrainLoop}) claims per account, fairly ({@link FairClaims}, {@link AccountSlots}: a few items of each account
 * in hand, none of an account whose DEAR budget has no token soon, accounts in rotating order), and hands each item to
 * the executor without waiting for the batch. Each item's work runs in the queue's {@link Lane}: an item that finds no
 * token has put itself back, its account rests until the token is due and the drain is kicked then. Each finished item
 * frees its account's place and kicks the drain. A non-persistent timer polls, so items left from a restart or waiting
 * for their retry time go out; at start the node takes back at once what it had claimed when it last stopped.
 * <p>
 * The singleton of each queue owns its timer and delegates here; {@link QueueDispatches} makes the shell with the
 * container's executors.
 *
 * @param <C> one claimed item
 */
public final class QueueDispatch<C> {

    private static final Logger LOG = Logger.getLogger(QueueDispatch.class.getName());

    /**
     * What a queue brings: its claims (a transaction per round), and the work one claimed item is.
     *
     * @param claimDue     claims up to each account's quota of its due items, in one transaction
     * @param claimOrphans claims due items of accounts no longer configured (so they fail with a message instead of
     *                     waiting unseen)
     * @param takeBack     makes this node's own claims, left from when it last stopped, due now; answers how many
     * @param work         does one item, outside any transaction; a DEAR call without a token makes it put itself back
     * @param withDue      which of some accounts have an item due now (one query), so a claim round asks only those
     */
    public record Queue<C>(Function<Map<String, Integer>, List<C>> claimDue,
                           BiFunction<Collection<String>, Integer, List<C>> claimOrphans, IntSupplier takeBack,
                           Function<C, String> accountOf, Consumer<C> work,
                           Function<Collection<String>, Collection<String>> withDue) {

        /** A queue that cannot tell cheaply which accounts have work: every account is asked. */
        public Queue(Function<Map<String, Integer>, List<C>> claimDue,
                     BiFunction<Collection<String>, Integer, List<C>> claimOrphans, IntSupplier takeBack,
                     Function<C, String> accountOf, Consumer<C> work) {
            this(claimDue, claimOrphans, takeBack, accountOf, work, accounts -> accounts);
        }
    }

    /** The container's services the shell runs on, and the configured accounts. */
    public record Services(RateGovernor governor, ExecutorService executor, ScheduledExecutorService scheduler,
                           Supplier<List<String>> accounts) {
    }

    private final String name;
    private final Lane lane;
    private final QueueSettings settings;
    private final Services services;
    private final Queue<C> queue;
    private DrainLoop<C> loop;
    private FairClaims<C> claims;

    /** {@code name}: the queue's name in logs and thread names ("Inbox", "Outbox"). */
    public QueueDispatch(String name, Lane lane, QueueSettings settings, Services services, Queue<C> queue) {
        this.name = name;
        this.lane = lane;
        this.settings = settings;
        this.services = services;
        this.queue = queue;
    }

    /** Called from the owning singleton's {@code @PostConstruct}, with its timer service (the timer calls it back). */
    public void start(TimerService timers) {
        RateGovernor governor = services.governor();
        AccountSlots slots = new AccountSlots(settings.perAccount(), governor.lanes().deferAfter().toNanos(),
                code -> governor.gate(code).settings().intervalNanos(), System::nanoTime);
        claims = new FairClaims<>(slots, queue.withDue(), queue.claimDue(), queue.claimOrphans(), queue.accountOf(),
                code -> governor.gate(code).nanosUntilTurn(lane), settings.pollInterval(), settings.batchSize(),
                this::kickIn);
        loop = new DrainLoop<>(name, services.executor(), () -> claims.claim(services.accounts().get()),
                handouts -> handouts.forEach(this::handOut));
        int takenBack = queue.takeBack().getAsInt();
        if (takenBack > 0) {
            LOG.info(() -> name + ": took back " + takenBack + (takenBack == 1 ? " item" : " items") + " this node ("
                    + ThisNode.name() + ") had in hand when it last stopped; due now");
        }
        long period = settings.pollInterval().toMillis();
        timers.createIntervalTimer(Math.min(1000, period), period,
                new TimerConfig(name.toLowerCase(java.util.Locale.ROOT) + "-poll", false));
    }

    public void stop() {
        loop.stop();
        // Handlers waiting for DEAR's rate window would hold the shutdown up to the governor's max wait.
        services.governor().closeAll();
    }

    public void kick() {
        loop.kick();
    }

    private void kickIn(long nanos) {
        services.scheduler().schedule(this::kick, TimeUnit.NANOSECONDS.toMillis(nanos) + 1, TimeUnit.MILLISECONDS);
    }

    private void handOut(C claim) {
        services.executor().execute(() -> {
            AtomicBoolean begun = new AtomicBoolean();
            Runnable hasToken = () -> {
                if (begun.compareAndSet(false, true)) {
                    claims.begun(claim);
                }
            };
            try (LogContext.Scope account = LogContext.with(LogContext.ACCOUNT, queue.accountOf().apply(claim))) {
                Optional<CallDeferred> deferred = DearWork.run(lane, () -> queue.work().accept(claim), hasToken);
                deferred.ifPresent(d -> {
                    claims.rest(claim, d.retryAfter().toNanos());
                    // The poll may be seconds away; the item should go out as soon as its token is due.
                    kickIn(d.retryAfter().toNanos());
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " work failed unexpectedly", e);
            } finally {
                hasToken.run();
                claims.finished(claim);
                kick();
            }
        });
    }
}
