package de.kiregister.dialogue;

/** Where an item (Prüfpunkt) stands. */
public enum ItemState {

    /** Waits for a decision of its party (also after a Rückfrage was answered, or when a decision went stale). */
    PENDING,

    /** The party asked KI-Hub a question (Rückfrage); waits for KI-Hub's answer. */
    QUESTION,

    APPROVED,

    APPROVED_WITH_CONDITIONS,

    /** Ends the round. */
    REJECTED;

    public boolean approved() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }
}
