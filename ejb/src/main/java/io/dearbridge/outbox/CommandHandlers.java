package io.dearbridge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finds the handler for a command type among the CDI beans that implement {@link CommandHandler}. */
@ApplicationScoped
public class CommandHandlers {

    @Inject
    @Any
    Instance<CommandHandler> handlers;

    public Optional<CommandHandler> forType(String commandType) {
        return handlers.stream().filter(h -> h.handles(commandType)).findFirst();
    }
}
