package io.dearbridge.simulator.control;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The control API, outside DEAR's paths so no DEAR client can reach it by accident. */
@ApplicationPath("control")
public class ControlApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ControlResource.class, NoopResource.class, ControlSwitch.class);
    }
}
