package de.kiregister.roadmap;

/** The kinds of milestone (Meilenstein, docs/rules.md); {@link #CUSTOM} carries its own name. */
public enum MilestoneType {
    FEASIBILITY_STUDY, DIALOGUE_COMPLETED, PILOT_START, PILOT_EVALUATION, PRODUCTION, TRAINING, CUSTOM
}
