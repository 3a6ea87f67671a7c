package de.kiregister.register;

/** Who is affected by the system's output. */
public enum AffectedGroup {
    CITIZENS, EMPLOYEES, BUSINESSES
}
