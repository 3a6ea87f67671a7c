package de.kiregister.register;

/** The risk tier of a classification (docs/rules.md, C2). */
public enum RiskTier {

    /** Not an AI system under Art. 3(1): the AI Act does not apply (GDPR, automation rule and staff council do). */
    NOT_AI,

    /** An Art. 2 exclusion (military, national security, pure research, testing before putting into service). */
    OUT_OF_SCOPE,

    /** At least one Art. 5 practice without its exception: must not be deployed. */
    PROHIBITED,

    /** High-risk under Art. 6(1) + Annex I and/or Art. 6(2) + Annex III. */
    HIGH_RISK,

    /** Annex III purpose, but the Art. 6(3) derogation applies (no profiling). */
    HIGH_RISK_EXEMPT,

    /** Only Art. 50 transparency duties. */
    LIMITED_RISK,

    /** None of the above. */
    MINIMAL_RISK
}
