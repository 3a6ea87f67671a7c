package de.kiregister.dialogue;

/** A round is complete when every item is approved and none was decided on an outdated content version. */
public enum RoundStatus {
    OPEN, COMPLETE, REJECTED
}
