package de.kiregister.classification;

/** The step of the decision procedure (docs/rules.md, C2) a question belongs to; also the UI's section. */
public enum QuestionGroup {
    ROLE,
    AI_SYSTEM,
    SCOPE,
    PROHIBITED_PRACTICE,
    HIGH_RISK,
    TRANSPARENCY,
    GPAI,
    AUTOMATION,
    WORKPLACE
}
