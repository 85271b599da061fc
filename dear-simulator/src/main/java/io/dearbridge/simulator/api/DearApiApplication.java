package io.dearbridge.simulator.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("ExternalApi/v2")
public class DearApiApplication extends Application {
}
