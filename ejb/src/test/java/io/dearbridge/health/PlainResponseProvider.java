package io.dearbridge.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.spi.HealthCheckResponseProvider;

/** The server's SmallRye builder is not on the unit tests' class path: a plain one, so checks can run in a test. */
public class PlainResponseProvider implements HealthCheckResponseProvider {

    @Override
    public HealthCheckResponseBuilder createResponseBuilder() {
        return new HealthCheckResponseBuilder() {
            private String name;
            private boolean up;
            private final Map<String, Object> data = new LinkedHashMap<>();

            @Override public HealthCheckResponseBuilder name(String value) { name = value; return this; }
            @Override public HealthCheckResponseBuilder withData(String key, String value) { data.put(key, value); return this; }
            @Override public HealthCheckResponseBuilder withData(String key, long value) { data.put(key, value); return this; }
            @Override public HealthCheckResponseBuilder withData(String key, boolean value) { data.put(key, value); return this; }
            @Override public HealthCheckResponseBuilder up() { up = true; return this; }
            @Override public HealthCheckResponseBuilder down() { up = false; return this; }
            @Override public HealthCheckResponseBuilder status(boolean value) { up = value; return this; }

            @Override
            public HealthCheckResponse build() {
                return new HealthCheckResponse(name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                        Optional.of(Map.copyOf(data)));
            }
        };
    }
}
