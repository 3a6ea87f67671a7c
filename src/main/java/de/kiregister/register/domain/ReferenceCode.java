package de.kiregister.register.domain;

import java.util.regex.Pattern;

import de.kiregister.shared.DomainRuleViolation;

/** The stable, human-readable key of a use case: {@code KI-<year>-<nnn>}. */
public record ReferenceCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("KI-\\d{4}-\\d{3,}");

    public ReferenceCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new DomainRuleViolation("usecase.reference.invalid", String.valueOf(value));
        }
    }

    public static ReferenceCode of(int year, int number) {
        return new ReferenceCode("KI-%04d-%03d".formatted(year, number));
    }

    public static boolean isWellFormed(String value) {
        return FORMAT.matcher(value).matches();
    }
}
