package io.dearbridge.outbox;

import io.dearbridge.domain.outbox.CommandKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finds the handler for a command kind among the CDI beans that implement {@link CommandHandler}. */
@ApplicationScoped
public class CommandHandlers {

    @Inject
    @Any
    Instance<CommandHandler<?>> handlers;

    public Optional<CommandHandler<?>> forKind(CommandKind kind) {
        return handlers.stream().filter(h -> h.kinds().contains(kind)).findFirst();
    }
}
