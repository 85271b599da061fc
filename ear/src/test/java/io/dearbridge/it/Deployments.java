package io.dearbridge.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build produced it; the simulator is already deployed on the test server. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive bridgeEar() {
        File ear = new File(System.getProperty("it.ear", "target/dear-bridge.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
