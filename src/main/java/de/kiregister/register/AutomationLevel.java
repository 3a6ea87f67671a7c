package de.kiregister.register;

/** How far the system acts without a person; the city's strategy excludes autonomous systems. */
public enum AutomationLevel {
    ASSISTIVE, HUMAN_REVIEWS_EVERY_OUTPUT, FULLY_AUTOMATED
}
