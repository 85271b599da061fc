package io.dearbridge.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as the build produced it; the simulator is already deployed on the test server. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive bridgeEar() {
        File ear = new File(System.getProperty("it.ear", "target/dear-bridge.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The built EAR with test classes added to its EJB module, where the bridge's CDI beans see them (a test-only
     * inbox handler, for instance); the tests themselves run as a client ({@code testable = false}).
     */
    public static EnterpriseArchive bridgeEarWithEjbClasses(Class<?>... classes) {
        return bridgeEarReplacingEjbClasses(List.of(), classes);
    }

    /** The built EAR with these bridge classes (by name) taken out of its EJB module and these test classes added. */
    public static EnterpriseArchive bridgeEarReplacingEjbClasses(List<String> removed, Class<?>... added) {
        EnterpriseArchive ear = bridgeEar();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "ejb.jar").addClasses(added);
        removed.forEach(ejb::deleteClass);
        ear.delete("ejb.jar");
        return ear.addAsModule(ejb);
    }

    /**
     * The built EAR plus the test classes and this harness as a library, so Arquillian's Servlet protocol can
     * run the test methods inside WildFly next to the real {@code DearClient}, rate governor and REST clients.
     * In-container rather than a diagnostics endpoint: the client has no REST face of its own, and one added only
     * for tests would be production surface that exposes DEAR calls.
     */
    public static EnterpriseArchive bridgeEarWith(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "dear-client-it.jar")
                .addClasses(Deployments.class, Http.class, Await.class, Demo.class, Simulator.class,
                        SimulatorAccount.class, TestAccounts.class)
                .addClasses(testClasses);
        EnterpriseArchive ear = bridgeEar();
        // The EAR holds two web modules (API and console): the Servlet protocol must be told which one carries it.
        WebArchive api = ear.getAsType(WebArchive.class, "web.war");
        ear.delete("web.war");
        return ear.addAsModule(Testable.archiveToTest(api)).addAsLibrary(tests);
    }
}
