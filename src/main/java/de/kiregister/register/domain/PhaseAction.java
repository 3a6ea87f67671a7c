package de.kiregister.register.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import de.kiregister.register.Phase;

/** A move through the lifecycle, as offered on the use case page; each maps to one method of {@link UseCase}. */
public enum PhaseAction {
    START_FEASIBILITY(false, Phase.IDEA),
    START_DIALOGUE(false, Phase.FEASIBILITY),
    START_PILOT(false, Phase.SPECIFICATION_DIALOGUE),
    GO_LIVE(false, Phase.SPECIFICATION_DIALOGUE, Phase.PILOT),
    RESUME(false, Phase.DEFERRED),
    DEFER(true, Phase.IDEA, Phase.FEASIBILITY, Phase.SPECIFICATION_DIALOGUE, Phase.PILOT),
    REJECT(true, Phase.IDEA, Phase.FEASIBILITY, Phase.SPECIFICATION_DIALOGUE),
    RETIRE(true, Phase.PILOT, Phase.PRODUCTION);

    private final boolean needsReason;
    private final Set<Phase> allowedFrom;

    PhaseAction(boolean needsReason, Phase first, Phase... more) {
        this.needsReason = needsReason;
        this.allowedFrom = EnumSet.of(first, more);
    }

    public boolean needsReason() {
        return needsReason;
    }

    Set<Phase> allowedFrom() {
        return allowedFrom;
    }

    /** Where the move leads; empty for the exits, which no release rule may block. */
    Optional<Phase> forwardTarget(UseCase useCase) {
        return switch (this) {
            case START_FEASIBILITY -> Optional.of(Phase.FEASIBILITY);
            case START_DIALOGUE -> Optional.of(Phase.SPECIFICATION_DIALOGUE);
            case START_PILOT -> Optional.of(Phase.PILOT);
            case GO_LIVE -> Optional.of(Phase.PRODUCTION);
            case RESUME -> Optional.of(useCase.phaseAfterResume());
            case DEFER, REJECT, RETIRE -> Optional.empty();
        };
    }

    void applyTo(UseCase useCase, String reason) {
        switch (this) {
            case START_FEASIBILITY -> useCase.startFeasibilityStudy();
            case START_DIALOGUE -> useCase.startSpecificationDialogue();
            case START_PILOT -> useCase.startPilot();
            case GO_LIVE -> useCase.goLive();
            case RESUME -> useCase.resume();
            case DEFER -> useCase.defer(reason);
            case REJECT -> useCase.reject(reason);
            case RETIRE -> useCase.retire(reason);
        }
    }
}
