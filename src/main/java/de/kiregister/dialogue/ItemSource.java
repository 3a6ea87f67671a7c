package de.kiregister.dialogue;

/** Why an item is in a round. */
public enum ItemSource {

    /** From the standard catalogue ADMIN keeps. */
    CATALOGUE,

    /** Required by the current risk assessment (rule 5: Art. 26(7) at the workplace; Art. 27 FRIA). */
    ASSESSMENT,

    /** Added by KI-Hub for this use case. */
    KI_HUB
}
