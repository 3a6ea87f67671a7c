package de.kiregister.classification;

/**
 * One point of Annex III, the value of an H3 answer.
 *
 * @param code the H3 value, e.g. {@code 5a} or {@code 2}
 * @param area the area number (1 to 8)
 * @param label German label
 * @param reference legal reference, e.g. {@code Annex III 5(a)}
 */
public record AnnexIIIPoint(String code, int area, String label, String reference) {
}
