package io.dearbridge.domain.outbox;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link CommandKind} as its code, not its enum name, so the column keeps its meaning. */
@Converter
public class CommandKindColumn implements AttributeConverter<CommandKind, String> {

    @Override
    public String convertToDatabaseColumn(CommandKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public CommandKind convertToEntityAttribute(String code) {
        return code == null ? null : CommandKind.ofCode(code);
    }
}
