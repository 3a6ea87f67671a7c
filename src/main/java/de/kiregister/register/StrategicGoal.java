package de.kiregister.register;

/** The four fields of action of the city's AI strategy. */
public enum StrategicGoal {
    CITIZEN_SERVICES, EFFICIENCY, INFORMED_DECISIONS, SKILLS_AND_TRUST
}
