package de.kiregister.register;

import java.util.Optional;

/**
 * A release rule another module contributes to the lifecycle (rules 1–4, docs/rules.md). The register
 * asks every guard before a use case moves forward; the first refusal stops the move and is shown to the user.
 * Exits (defer, reject, retire) are never guarded: stopping something must always be possible.
 */
public interface PhaseGuard {

    /** Empty when the move to {@code target} is allowed, otherwise why not. */
    Optional<PhaseBlock> check(UseCaseSnapshot useCase, Phase target);

    /**
     * Why a move is refused: a message key of {@code messages.properties} whose text names the rule and the legal
     * reference, with its arguments.
     */
    record PhaseBlock(String messageKey, Object... arguments) {
    }
}
