package de.kiregister.register;

/**
 * A use case was registered, its facts were edited or its risk tier changed: whatever is derived from them (the
 * priority score) is to be computed again.
 *
 * @param reference the use case's reference code
 */
public record UseCaseFactsChanged(String reference) {
}
