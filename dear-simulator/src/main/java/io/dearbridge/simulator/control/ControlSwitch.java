package io.dearbridge.simulator.control;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The control API answers only where {@code dearsim.control-api=true}: the demo's config source, the ITs' and the
 * benchmarks' servers set it. Anywhere else (a simulator deployed next to a real bridge) the control paths answer
 * 404 as if they did not exist: they need no credentials and can make sales, faults and webhooks.
 */
@PreMatching
public class ControlSwitch implements ContainerRequestFilter {

    static final String KEY = "dearsim.control-api";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!on()) {
            throw new NotFoundException();
        }
    }

    static boolean on() {
        return ConfigProvider.getConfig().getOptionalValue(KEY, Boolean.class).orElse(false);
    }
}
