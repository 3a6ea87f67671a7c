package de.kiregister.register;

/** The lifecycle phase of a use case (Idee … Außerbetriebnahme, side exits zurückgestellt and abgelehnt). */
public enum Phase {
    IDEA, FEASIBILITY, SPECIFICATION_DIALOGUE, PILOT, PRODUCTION, RETIRED, DEFERRED, REJECTED
}
