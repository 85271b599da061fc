package io.dearbridge.simulator.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** DEAR's base path. Lists its one resource so the control application's resources do not appear here too. */
@ApplicationPath("ExternalApi/v2")
public class DearApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DearApiResource.class);
    }
}
