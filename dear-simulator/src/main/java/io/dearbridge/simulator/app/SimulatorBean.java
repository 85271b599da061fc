package io.dearbridge.simulator.app;

import io.dearbridge.simulator.account.AccountConfig;
import io.dearbridge.simulator.demo.DemoTraffic;
import io.dearbridge.simulator.time.SimClock;
import io.dearbridge.simulator.time.Sleeper;
import io.dearbridge.simulator.webhook.HttpWebhookSender;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Owns the one {@link Simulator} of this deployment, built from MicroProfile Config:
 * {@code dearsim.accounts}, {@code dearsim.webhook-time-factor} (default 1 = DEAR's real 76-minute schedule),
 * {@code dearsim.demo-traffic} and {@code dearsim.demo-interval-seconds} (default 5).
 * Started eagerly so demo traffic flows without anyone calling first.
 */
@ApplicationScoped
public class SimulatorBean {

    private static final Logger LOG = Logger.getLogger(SimulatorBean.class.getName());

    @Inject
    Config config;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    private volatile Simulator simulator;
    private ScheduledFuture<?> demo;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        get();
    }

    public Simulator get() {
        Simulator s = simulator;
        if (s == null) {
            synchronized (this) {
                if (simulator == null) {
                    simulator = build();
                    startDemo(simulator);
                }
                s = simulator;
            }
        }
        return s;
    }

    private Simulator build() {
        String accounts = config.getOptionalValue("dearsim.accounts", String.class).orElse("");
        double factor = config.getOptionalValue("dearsim.webhook-time-factor", Double.class).orElse(1.0);
        Simulator s = new Simulator(AccountConfig.parse(accounts), factor, SimClock.system(),
                new ManagedTaskScheduler(scheduler, executor), new HttpWebhookSender(), new SecureRandom(),
                Sleeper.real());
        LOG.info(() -> "DEAR simulator up with " + s.configured().size() + " account(s), webhook time factor "
                + factor);
        return s;
    }

    private void startDemo(Simulator s) {
        if (!config.getOptionalValue("dearsim.demo-traffic", Boolean.class).orElse(false)) {
            return;
        }
        int seconds = Math.max(1, config.getOptionalValue("dearsim.demo-interval-seconds", Integer.class).orElse(5));
        DemoTraffic traffic = new DemoTraffic(s, new SecureRandom());
        demo = scheduler.scheduleAtFixedRate(traffic::tick, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "DEAR simulator demo traffic on: a new sale every " + seconds + " s per configured account");
    }

    @PreDestroy
    void stop() {
        if (demo != null) {
            demo.cancel(false);
        }
    }
}
