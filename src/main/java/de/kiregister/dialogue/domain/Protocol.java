package de.kiregister.dialogue.domain;

import java.time.Instant;
import java.util.List;

import de.kiregister.classification.RecordedAssessment;
import de.kiregister.dialogue.Party;
import de.kiregister.register.UseCaseSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * What the protocol of one round shows: the use case's facts and classification, every item with its decisions
 * and thread, the conditions, who decided for each party and when, and the content version. Public only because
 * the PDF template reads it.
 *
 * @param round the round, with decisions and threads loaded
 * @param contentVersion the use case's content version when the protocol was made
 * @param signatures per party and member: who decided items of the round, how many, the last one when
 */
public record Protocol(UseCaseSnapshot useCase, @Nullable RecordedAssessment assessment, DialogueRound round,
        String contentVersion, List<Signature> signatures, Instant generatedAt, String generatedBy) {

    public Protocol {
        signatures = List.copyOf(signatures);
    }

    /** A member's decisions in the round, as the protocol's signature block lists them. */
    public record Signature(Party party, String member, long decisions, Instant lastDecisionAt) {
    }

    /** Whether every item's latest decision was made on the content the use case has now. */
    public boolean decidedOnCurrentContent() {
        return round.decidedOn(contentVersion);
    }

    public String fileName() {
        return "Protokoll-Spezifikationsdialog-" + useCase.reference() + "-Runde-" + round.number() + ".pdf";
    }

    public String shortContentVersion() {
        return contentVersion.substring(0, Math.min(12, contentVersion.length()));
    }
}
