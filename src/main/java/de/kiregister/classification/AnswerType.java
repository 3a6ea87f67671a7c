package de.kiregister.classification;

/** The kind of answer a question takes; the JSON values are listed per constant. */
public enum AnswerType {

    /** {@code true} or {@code false}. */
    BOOLEAN,

    /** {@code true}, {@code false} or {@code "unsure"} (only D1: the unsure path asks D1a to D1c). */
    BOOLEAN_OR_UNSURE,

    /** One of the question's {@link Question#choices()} (H3: an Annex III point or {@code "none"}). */
    CHOICE
}
