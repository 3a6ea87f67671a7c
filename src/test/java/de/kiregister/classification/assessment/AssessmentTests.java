package de.kiregister.classification.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.classification.EvaluationResult;
import de.kiregister.register.RiskTier;
import de.kiregister.classification.RecordedAssessment;
import org.junit.jupiter.api.Test;

/** The markers of an assessment; everything else is fixed at construction. */
class AssessmentTests {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static EvaluationResult result(boolean complete, RiskTier outcome) {
        return new EvaluationResult("2026.1", complete, complete ? List.of() : List.of("H3"),
                complete ? outcome : null, List.of(), List.of(), List.of(), null, null, null, List.of(), List.of());
    }

    private static Assessment assessment() {
        return new Assessment("KI-2026-001", Map.of("D1", false), Map.of("D1", "Regelbasiert"),
                result(true, RiskTier.NOT_AI), "kihub", T0);
    }

    @Test
    void onlyACompleteEvaluationCanBeSaved() {
        assertThatThrownBy(() -> new Assessment("KI-2026-001", Map.of(), Map.of(), result(false, null), "kihub", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isSupersededOnce() {
        Assessment assessment = assessment();
        UUID newer = UUID.randomUUID();
        assessment.supersede(newer, T0.plusSeconds(60));

        RecordedAssessment saved = assessment.toRecord();
        assertThat(saved.supersededBy()).isEqualTo(newer);
        assertThat(saved.supersededAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(saved.isLatest()).isFalse();
        assertThatThrownBy(() -> assessment.supersede(UUID.randomUUID(), T0.plusSeconds(120)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(assessment.toRecord().supersededBy()).isEqualTo(newer);
    }

    @Test
    void staysStaleSinceTheFirstChangeAndCollectsTheFields() {
        Assessment assessment = assessment();
        assertThat(assessment.markStale(Set.of("purpose"), T0.plusSeconds(60))).isTrue();
        assertThat(assessment.markStale(Set.of("purpose"), T0.plusSeconds(90))).isFalse();
        assertThat(assessment.markStale(Set.of("hosting", "category"), T0.plusSeconds(120))).isTrue();

        RecordedAssessment saved = assessment.toRecord();
        assertThat(saved.staleSince()).isEqualTo(T0.plusSeconds(60));
        assertThat(saved.staleFields()).containsExactly("category", "hosting", "purpose");
        assertThat(saved.isStale()).isTrue();
        assertThat(saved.isValid()).isFalse();
        assertThat(saved.answers()).isEqualTo(Map.of("D1", false));
    }

    @Test
    void aSupersededAssessmentIsHistoryAndIsNotMarkedStale() {
        Assessment assessment = assessment();
        assessment.supersede(UUID.randomUUID(), T0.plusSeconds(60));
        assertThat(assessment.markStale(Set.of("purpose"), T0.plusSeconds(120))).isFalse();
        assertThat(assessment.toRecord().isStale()).isFalse();
    }
}
