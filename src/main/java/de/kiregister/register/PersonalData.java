package de.kiregister.register;

/** Which personal data the system processes (GDPR Art. 9 for special categories). */
public enum PersonalData {
    NONE, PERSONAL, SPECIAL_CATEGORIES
}
