package de.kiregister.dialogue.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import de.kiregister.register.Phase;
import de.kiregister.register.PhaseGuard;
import de.kiregister.register.UseCaseSnapshot;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rule 3 (docs/rules.md): no Pilot or later unless the Spezifikationsdialog of the current round is complete,
 * every item approved on the content the use case has now. The content is compared here as well as by the
 * listener that sends outdated approvals back: the listener runs after the change's commit, and a move to pilot
 * in between must not slip through.
 */
@Component
@Order(20)
class DialoguePhaseGuard implements PhaseGuard {

    private static final Set<Phase> PILOT_OR_LATER = EnumSet.of(Phase.PILOT, Phase.PRODUCTION);

    private final DialogueRoundRepository rounds;
    private final ContentVersions contentVersions;

    DialoguePhaseGuard(DialogueRoundRepository rounds, ContentVersions contentVersions) {
        this.rounds = rounds;
        this.contentVersions = contentVersions;
    }

    @Override
    public Optional<PhaseBlock> check(UseCaseSnapshot useCase, Phase target) {
        if (!PILOT_OR_LATER.contains(target)) {
            return Optional.empty();
        }
        Optional<DialogueRound> latest = rounds.findFirstByUseCaseReferenceOrderByNumberDesc(useCase.reference());
        if (latest.isEmpty()) {
            return Optional.of(new PhaseBlock("phase.blocked.dialogueMissing"));
        }
        DialogueRound round = latest.get();
        return switch (round.status()) {
            case COMPLETE -> round.decidedOn(contentVersions.of(useCase)) ? Optional.empty()
                    : Optional.of(new PhaseBlock("phase.blocked.dialogueOutdated", round.number()));
            case REJECTED -> Optional.of(new PhaseBlock("phase.blocked.dialogueRejected", round.number()));
            case OPEN -> Optional.of(new PhaseBlock("phase.blocked.dialogueOpen", round.number()));
        };
    }
}
