package de.kiregister.classification;

/**
 * Why the evaluation went the way it did: one answered question on the path.
 *
 * @param question the question id
 * @param answer the answer ({@code Boolean} or {@code String})
 * @param reference the legal reference, for H3 including the Annex III point
 * @param effect short German sentence on what the answer means for the classification
 */
public record ExplanationStep(String question, Object answer, String reference, String effect) {
}
