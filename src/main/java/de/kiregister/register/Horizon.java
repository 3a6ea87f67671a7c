package de.kiregister.register;

/** Roadmap horizon: kurz-, mittel- or langfristig. */
public enum Horizon {
    SHORT_TERM, MID_TERM, LONG_TERM
}
