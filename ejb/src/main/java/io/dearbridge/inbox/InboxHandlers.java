package io.dearbridge.inbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the handler of an event type among the CDI beans that implement {@link InboxEventHandler}. Asked by the
 * webhook receiver (a type no handler takes is stored IGNORED) and by the dispatcher (routing).
 */
@ApplicationScoped
public class InboxHandlers {

    @Inject
    @Any
    Instance<InboxEventHandler> handlers;

    private InboxRoutes routes;

    @PostConstruct
    void collect() {
        List<InboxRoutes.Named> found = new ArrayList<>();
        for (Instance.Handle<InboxEventHandler> handle : handlers.handles()) {
            found.add(new InboxRoutes.Named(handle.getBean().getBeanClass().getName(), handle.get()));
        }
        routes = InboxRoutes.of(found);
    }

    public Optional<InboxEventHandler> forType(String eventType) {
        return routes.forType(eventType);
    }

    /** The handlers found and how many types each takes. */
    public String describe() {
        return routes.describe();
    }

    public boolean handles(String eventType) {
        return routes.forType(eventType).isPresent();
    }
}
