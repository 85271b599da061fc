package io.dearbridge.it.dear;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The built EAR plus this package as a library, so Arquillian's Servlet protocol can run the test methods
 * inside WildFly next to the real {@code DearClient}, rate governor and REST clients. In-container rather
 * than a diagnostics endpoint: the client has no REST face of its own, and one added only for tests would
 * be production surface that exposes DEAR calls.
 */
final class InContainer {

    private InContainer() {
    }

    static EnterpriseArchive earWith(Class<?>... testClasses) {
        File built = new File(System.getProperty("it.ear", "target/dear-bridge.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "dear-client-it.jar")
                .addClasses(InContainer.class, Simulator.class, TestAccounts.class)
                .addClasses(testClasses);
        return ear.addAsLibrary(tests);
    }
}
