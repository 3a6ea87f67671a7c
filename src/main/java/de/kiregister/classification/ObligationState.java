package de.kiregister.classification;

/** Where the city stands with one obligation of a use case. */
public enum ObligationState {
    /** Not yet fulfilled (the default for every derived obligation). */
    OPEN,
    /** Fulfilled; an evidence note or link says how. */
    DONE,
    /** Does not apply to this use case; a reason is required. */
    NOT_APPLICABLE
}
