package de.kiregister.register.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import de.kiregister.register.AffectedGroup;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the affected groups as one text column ({@code CITIZENS,EMPLOYEES}): a small closed set that is always
 * read with the use case, and one column keeps the Envers history a plain field comparison.
 */
@Converter
class AffectedGroupsConverter implements AttributeConverter<Set<AffectedGroup>, String> {

    @Override
    public String convertToDatabaseColumn(Set<AffectedGroup> groups) {
        return groups.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<AffectedGroup> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.stream(column.split(",")).map(AffectedGroup::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AffectedGroup.class))));
    }
}
