package de.kiregister.classification.assessment;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static de.kiregister.classification.assessment.AssessmentFixtures.with;
import static de.kiregister.dialogue.domain.DialogueFixtures.completeRound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.Phase;
import de.kiregister.register.domain.Department;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.PhaseAction;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.test.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Rules 1, 2 and 4 (docs/rules.md) through the register's lifecycle, on a real PostgreSQL. Where a move should
 * pass, the Spezifikationsdialog is completed first, so rule 3 is not what the test sees.
 */
@IntegrationTest
class PhaseRulesIntegrationTests {

    private static final String KI_HUB = "it-rules-kihub";
    private static final String OWNER = "it-rules-owner";

    @Autowired
    AssessmentService assessments;

    @Autowired
    UseCaseService useCases;

    @Autowired
    DepartmentService departments;

    @Autowired
    UserAccountService users;

    @Autowired
    DialogueService dialogues;

    private Department department;
    private final String marker = "R" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void logInAsKiHub() {
        users.createIfMissing(KI_HUB, "KI-Hub Regeln", "rules-kihub@test", "geheim-geheim", Set.of(Role.KI_HUB));
        users.createIfMissing(OWNER, "Owner Regeln", "rules-owner@test", "geheim-geheim", Set.of(Role.PROJECT_OWNER));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                KI_HUB, null, AuthorityUtils.createAuthorityList(Role.KI_HUB.authority())));
        department = departments.createIfMissing("IT-" + marker, "Regelamt " + marker);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    /** A use case in the Spezifikationsdialog, one step before the pilot. */
    private String inDialogue(String title) {
        UseCase useCase = useCases.register(AssessmentFixtures.details(title + " " + marker, "Zweck"),
                department.id(), OWNER);
        useCases.changePhase(useCase.reference(), PhaseAction.START_FEASIBILITY, "");
        useCases.changePhase(useCase.reference(), PhaseAction.START_DIALOGUE, "");
        return useCase.reference();
    }

    private Phase phaseOf(String reference) {
        return useCases.byReference(reference).phase();
    }

    private void assertRefused(String reference, PhaseAction action, String messageKey) {
        Phase before = phaseOf(reference);
        assertThatThrownBy(() -> useCases.changePhase(reference, action, ""))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        assertThat(phaseOf(reference)).isEqualTo(before);
    }

    @Test
    void rule1NoPilotWithoutAnAssessment() {
        String reference = inDialogue("Ohne Einstufung");
        assertRefused(reference, PhaseAction.START_PILOT, "phase.blocked.assessmentMissing");
        assertRefused(reference, PhaseAction.GO_LIVE, "phase.blocked.assessmentMissing");

        assessments.assess(reference, MINIMAL, Map.of());
        completeRound(dialogues, reference);
        useCases.changePhase(reference, PhaseAction.START_PILOT, "");
        assertThat(phaseOf(reference)).isEqualTo(Phase.PILOT);
    }

    @Test
    void rule1NoPilotOnAStaleAssessment() {
        String reference = inDialogue("Veraltete Einstufung");
        assessments.assess(reference, MINIMAL, Map.of());
        UseCase useCase = useCases.byReference(reference);
        useCases.update(reference, useCase.version(),
                AssessmentFixtures.details(useCase.title(), "Ein ganz anderer Zweck"), department.id(), OWNER);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> assessments.current(reference).orElseThrow().isStale());

        assertRefused(reference, PhaseAction.START_PILOT, "phase.blocked.assessmentStale");
    }

    @Test
    void rule2AProhibitedPracticeStopsEverythingAfterTheFeasibilityStudy() {
        UseCase useCase = useCases.register(AssessmentFixtures.details("Emotionserkennung " + marker, "Zweck"),
                department.id(), OWNER);
        String reference = useCase.reference();
        useCases.changePhase(reference, PhaseAction.START_FEASIBILITY, "");
        assessments.assess(reference, with(with(MINIMAL, "P-f", true), "P-f-x", false), Map.of());

        assertThatThrownBy(() -> useCases.changePhase(reference, PhaseAction.START_DIALOGUE, ""))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("phase.blocked.prohibited");
                    assertThat(e.arguments()).containsExactly("5(1)(f)");
                });
        assertThat(phaseOf(reference)).isEqualTo(Phase.FEASIBILITY);
        // Stopping it is always possible.
        useCases.changePhase(reference, PhaseAction.REJECT, "Verbotene Praktik");
        assertThat(phaseOf(reference)).isEqualTo(Phase.REJECTED);
    }

    @Test
    void rule4AFullyAutomatedDecisionWithoutLegalBasisStaysOutOfProduction() {
        String reference = inDialogue("Vollautomatischer Bescheid");
        assessments.assess(reference, with(with(MINIMAL, "A1", true), "A2", false), Map.of());
        assertRefused(reference, PhaseAction.START_PILOT, "phase.blocked.automation");

        // With a legal basis and no discretion (§ 35a VwVfG) it may go ahead.
        assessments.assess(reference, with(with(MINIMAL, "A1", true), "A2", true), Map.of());
        completeRound(dialogues, reference);
        useCases.changePhase(reference, PhaseAction.GO_LIVE, "");
        assertThat(phaseOf(reference)).isEqualTo(Phase.PRODUCTION);
    }

    @Test
    void anIllegalMoveIsReportedAsSuchNotAsAMissingAssessment() {
        UseCase useCase = useCases.register(AssessmentFixtures.details("Idee " + marker, "Zweck"), department.id(),
                OWNER);
        assertRefused(useCase.reference(), PhaseAction.START_PILOT, "usecase.phase.illegal");
    }
}
