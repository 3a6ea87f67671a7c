package de.kiregister.roadmap;

/** Geplant → in Arbeit → erreicht; geplant or in Arbeit → abgesagt. Erreicht and abgesagt are final. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
