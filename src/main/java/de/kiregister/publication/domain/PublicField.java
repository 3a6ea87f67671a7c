package de.kiregister.publication.domain;

/**
 * The fields of a public entry KI-Hub may withhold, each with a recorded reason. Title, summary, department,
 * strategic goal, phase, risk tier, contact and dates are always shown: without them an entry says nothing.
 */
public enum PublicField {
    PURPOSE,
    EXPECTED_BENEFIT,
    CATEGORY,
    HUMAN_OVERSIGHT,
    PERSONAL_DATA,
    AFFECTED_GROUPS,
    VENDOR,
    AI_MODEL,
    HOSTING,
    LEGAL_BASIS,
    OBLIGATIONS_MET
}
