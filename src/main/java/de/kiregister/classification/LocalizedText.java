package de.kiregister.classification;

/** A text in German (the UI language) and English. */
public record LocalizedText(String de, String en) {
}
