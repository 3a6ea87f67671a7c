package de.kiregister.publication.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the public register as readers see it: the latest published version of a use case and the dates of
 * all its versions. Carries nothing internal: not who published, not why something was withdrawn.
 *
 * @param withheld the withheld fields with the reasons given for withholding them, which are public
 * @param history every version of the entry, newest first
 */
public record PublicEntry(String reference, int version, Instant publishedAt, Instant firstPublishedAt,
        PublishedContent content, Map<PublicField, String> withheld, List<Version> history) {

    public PublicEntry {
        withheld = Map.copyOf(withheld);
        history = List.copyOf(history);
    }

    /** Whether the field was withheld in this version (rather than simply not recorded). */
    public boolean isWithheld(PublicField field) {
        return withheld.containsKey(field);
    }

    public @Nullable String reasonWithheld(PublicField field) {
        return withheld.get(field);
    }

    /** For templates: the reason the field (named as in {@link PublicField}) was withheld, null when shown. */
    public @Nullable String withheldReason(String field) {
        return withheld.get(PublicField.valueOf(field));
    }

    /** One published version: when it came out and, if it was taken off the register, when. */
    public record Version(int version, Instant publishedAt, @Nullable Instant withdrawnAt) {
    }
}
