package de.kiregister.publication.web;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kiregister.publication.domain.Publication;
import de.kiregister.publication.domain.PublicField;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The publication form as posted (public only for the template's expressions): per publishable field whether it is withheld ({@code withhold=PURPOSE}) and the
 * reason ({@code reason.PURPOSE}), plus the version the user saw. Read from the raw parameters, so a forged field
 * name is ignored instead of failing the binding; problems are message keys per field, checked before the service
 * checks them again.
 */
public final class PublicationForm {

    static final String WITHHOLD = "withhold";
    static final String REASON_PREFIX = "reason.";

    private final @Nullable Integer basedOnVersion;
    private final Set<PublicField> withheld;
    private final Map<PublicField, String> reasons;

    private PublicationForm(@Nullable Integer basedOnVersion, Set<PublicField> withheld,
            Map<PublicField, String> reasons) {
        this.basedOnVersion = basedOnVersion;
        this.withheld = withheld;
        this.reasons = reasons;
    }

    /** The choices of the latest version (or everything shown), as the form starts out. */
    static PublicationForm of(int latestVersion, Map<PublicField, String> withheld) {
        Set<PublicField> fields = EnumSet.noneOf(PublicField.class);
        fields.addAll(withheld.keySet());
        Map<PublicField, String> reasons = new EnumMap<>(PublicField.class);
        reasons.putAll(withheld);
        return new PublicationForm(latestVersion, fields, reasons);
    }

    static PublicationForm from(MultiValueMap<String, String> parameters) {
        Set<PublicField> withheld = EnumSet.noneOf(PublicField.class);
        Map<PublicField, String> reasons = new EnumMap<>(PublicField.class);
        for (PublicField field : PublicField.values()) {
            List<String> values = parameters.getOrDefault(WITHHOLD, List.of());
            if (values.contains(field.name())) {
                withheld.add(field);
            }
            String reason = parameters.getFirst(REASON_PREFIX + field.name());
            if (reason != null && !reason.isBlank()) {
                reasons.put(field, reason.strip());
            }
        }
        return new PublicationForm(number(parameters.getFirst("basedOnVersion")), withheld, reasons);
    }

    /** Field (or {@code basedOnVersion}) to message key, in form order; empty when the form is complete. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (basedOnVersion == null || basedOnVersion < 0) {
            problems.put("basedOnVersion", "publication.form.versionMissing");
        }
        for (PublicField field : withheld) {
            String reason = reasons.get(field);
            if (reason == null) {
                problems.put(field.name(), "publication.reason.required");
            } else if (reason.length() > Publication.MAX_REASON_LENGTH) {
                problems.put(field.name(), "publication.reason.tooLong");
            }
        }
        return problems;
    }

    int basedOnVersion() {
        return basedOnVersion == null ? -1 : basedOnVersion;
    }

    /** For the template: whether the field is ticked as withheld. */
    public boolean isWithheld(PublicField field) {
        return withheld.contains(field);
    }

    /** For the template: the reason as typed (or stored), empty when none. */
    public String reason(PublicField field) {
        return reasons.getOrDefault(field, "");
    }

    /** The withheld fields with their reasons, for the service. */
    Map<PublicField, String> withheldReasons() {
        Map<PublicField, String> result = new EnumMap<>(PublicField.class);
        withheld.forEach(field -> result.put(field, reasons.getOrDefault(field, "")));
        return result;
    }

    private static @Nullable Integer number(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
