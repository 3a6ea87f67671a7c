package de.kiregister.classification.assessment;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static de.kiregister.classification.assessment.AssessmentFixtures.WOHNGELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.classification.AssessmentRecorded;
import de.kiregister.classification.Classification;
import de.kiregister.classification.DerivedObligation;
import de.kiregister.classification.EvaluationResult;
import de.kiregister.classification.InvalidAnswersException;
import de.kiregister.register.RiskTier;
import de.kiregister.classification.RecordedAssessment;
import de.kiregister.identity.Role;
import de.kiregister.register.UseCaseMateriallyChanged;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.domain.Department;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import de.kiregister.test.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Saved assessments on a real PostgreSQL: append-only history, refusals, roles and staleness. */
@IntegrationTest
@RecordApplicationEvents
@EnableScenarios
class AssessmentIntegrationTests {

    private static final String KI_HUB = "it-assess-kihub";
    private static final String OWNER = "it-assess-owner";

    @Autowired
    ApplicationEvents events;

    @Autowired
    AssessmentService assessments;

    @Autowired
    Classification classification;

    @Autowired
    UseCaseService useCases;

    @Autowired
    DepartmentService departments;

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    private Department department;
    private final String marker = "A" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void logInAsKiHub() {
        users.createIfMissing(KI_HUB, "KI-Hub Einstufung", "assess-kihub@test", "geheim-geheim", Set.of(Role.KI_HUB));
        users.createIfMissing(OWNER, "Owner Einstufung", "assess-owner@test", "geheim-geheim",
                Set.of(Role.PROJECT_OWNER));
        logInAs(KI_HUB, Role.KI_HUB);
        department = departments.createIfMissing("IT-" + marker, "Einstufungsamt " + marker);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static void logInAs(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(role.authority())));
    }

    private UseCase register(String title) {
        return useCases.register(AssessmentFixtures.details(title + " " + marker, "Anträge vorprüfen"),
                department.id(), OWNER);
    }

    private long storedRows(String reference) {
        return jdbc.sql("select count(*) from assessment where use_case_reference = ?").param(reference)
                .query(Long.class).single();
    }

    /** The register's list reads the tier from its own table, which classification keeps in step. */
    private String registeredTier(String reference) {
        return jdbc.sql("select tier || ' ' || stale from use_case_risk_tier where use_case_reference = ?")
                .param(reference).query(String.class).single();
    }

    @Test
    void aNewAssessmentSupersedesThePreviousOneWhichStaysUnchanged() {
        String reference = register("Wohngeld-Assistent").reference();
        EvaluationResult expected = classification.evaluate(WOHNGELD);

        RecordedAssessment first = assessments.assess(reference, WOHNGELD,
                Map.of("H3", "Entscheidet über Wohngeld (Annex III 5a).", "W1", "  "));
        RecordedAssessment second = assessments.assess(reference, MINIMAL, Map.of());

        assertThat(first.outcome()).isEqualTo(RiskTier.HIGH_RISK);
        assertThat(second.outcome()).isEqualTo(RiskTier.MINIMAL_RISK);
        assertThat(assessments.current(reference)).hasValueSatisfying(current -> {
            assertThat(current.id()).isEqualTo(second.id());
            assertThat(current.isValid()).isTrue();
        });
        assertThat(assessments.history(reference)).extracting(RecordedAssessment::id)
                .containsExactly(second.id(), first.id());

        RecordedAssessment storedFirst = assessments.history(reference).get(1);
        assertThat(storedFirst.supersededBy()).isEqualTo(second.id());
        assertThat(storedFirst.supersededAt()).isEqualTo(second.assessedAt());
        // What was answered, why, by whom and what the catalogue made of it is read back exactly.
        assertThat(storedFirst.result()).isEqualTo(expected);
        assertThat(storedFirst.answers()).isEqualTo(WOHNGELD);
        assertThat(storedFirst.rationales())
                .containsExactly(Map.entry("H3", "Entscheidet über Wohngeld (Annex III 5a)."));
        assertThat(storedFirst.assessedBy()).isEqualTo(KI_HUB);
        assertThat(storedFirst.assessedAt()).isEqualTo(first.assessedAt());
        assertThat(storedFirst.catalogueVersion()).isEqualTo(classification.catalogue().version());
        assertThat(storedFirst.result().obligations())
                .extracting(DerivedObligation::code, DerivedObligation::applicableFrom)
                .contains(tuple("FRIA", LocalDate.of(2027, 12, 2)));
        // ... and it is really in the jsonb column, not only in a cache.
        String storedJson = jdbc.sql("select result::text from assessment where id = ?").param(first.id())
                .query(String.class).single();
        assertThat(storedJson).contains("\"FRIA\"").contains("HIGH_RISK").contains("2027");
        assertThat(jdbc.sql("select answers ->> 'H3' from assessment where id = ?").param(first.id())
                .query(String.class).single()).isEqualTo("5a");

        assertThat(registeredTier(reference)).as("the register's copy of the tier follows the newest assessment")
                .isEqualTo("MINIMAL_RISK false");

        assertThat(events.stream(AssessmentRecorded.class)).containsExactly(
                new AssessmentRecorded(reference, RiskTier.HIGH_RISK, expected.catalogueVersion()),
                new AssessmentRecorded(reference, RiskTier.MINIMAL_RISK, expected.catalogueVersion()));
    }

    @Test
    void incompleteAnswersAreRefusedAndNothingIsStored() {
        String reference = register("Unvollständig").reference();
        Map<String, Object> withoutH3 = AssessmentFixtures.with(WOHNGELD, "H3", null);

        assertThatThrownBy(() -> assessments.assess(reference, withoutH3, Map.of()))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("assessment.incomplete");
                    assertThat(e.arguments()).containsExactly("H3");
                });
        assertThatThrownBy(() -> assessments.assess(reference, Map.of("R1", false), Map.of()))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> assessments.assess(reference, AssessmentFixtures.with(WOHNGELD, "P-f", "yes"),
                Map.of())).isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> assessments.assess(reference, WOHNGELD, Map.of("X9", "warum")))
                .isInstanceOf(InvalidAnswersException.class).hasMessageContaining("X9");

        assertThat(storedRows(reference)).isZero();
        assertThat(assessments.current(reference)).isEmpty();
        assertThat(events.stream(AssessmentRecorded.class)).isEmpty();
    }

    @Test
    void aRefusedReassessmentLeavesTheCurrentOneInPlace() {
        String reference = register("Bestehend").reference();
        RecordedAssessment first = assessments.assess(reference, WOHNGELD, Map.of());

        assertThatThrownBy(() -> assessments.assess(reference, Map.of("R1", false), Map.of()))
                .isInstanceOf(DomainRuleViolation.class);

        assertThat(assessments.current(reference)).hasValueSatisfying(c -> {
            assertThat(c.id()).isEqualTo(first.id());
            assertThat(c.isLatest()).isTrue();
        });
        assertThat(storedRows(reference)).isEqualTo(1);
    }

    @Test
    void onlyKiHubAssessesAndOnlyExistingUseCases() {
        String reference = register("Rechte").reference();

        assertThatThrownBy(() -> assessments.assess("KI-1999-999", WOHNGELD, Map.of()))
                .isInstanceOf(NotFoundException.class);

        logInAs(OWNER, Role.PROJECT_OWNER);
        assertThatThrownBy(() -> assessments.assess(reference, WOHNGELD, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storedRows(reference)).isZero();
        // Reading is open to every signed-in user.
        assertThat(assessments.history(reference)).isEmpty();
    }

    @Test
    void aMaterialChangeOfTheUseCaseMarksTheCurrentAssessmentStale() {
        UseCase useCase = register("Wesentlich");
        String reference = useCase.reference();
        RecordedAssessment assessed = assessments.assess(reference, WOHNGELD, Map.of());

        useCases.update(reference, useCase.version(),
                AssessmentFixtures.details(useCase.title(), "Anträge vollständig entscheiden"), department.id(),
                OWNER);

        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> assessments.current(reference).map(RecordedAssessment::isStale).orElse(false));
        RecordedAssessment stale = assessments.current(reference).orElseThrow();
        assertThat(stale.id()).isEqualTo(assessed.id());
        assertThat(stale.staleFields()).containsExactly("purpose");
        assertThat(stale.staleSince()).isAfter(assessed.assessedAt());
        assertThat(stale.isValid()).isFalse();
        assertThat(registeredTier(reference)).isEqualTo("HIGH_RISK true");
        // The facts of the stale assessment are untouched.
        assertThat(stale.result()).isEqualTo(assessed.result());
        assertThat(stale.answers()).isEqualTo(assessed.answers());

        RecordedAssessment reassessed = assessments.assess(reference, WOHNGELD, Map.of());
        assertThat(registeredTier(reference)).isEqualTo("HIGH_RISK false");
        assertThat(assessments.current(reference)).hasValueSatisfying(current -> {
            assertThat(current.id()).isEqualTo(reassessed.id());
            assertThat(current.isValid()).isTrue();
        });
        assertThat(assessments.history(reference).get(1)).satisfies(old -> {
            assertThat(old.isStale()).isTrue();
            assertThat(old.supersededBy()).isEqualTo(reassessed.id());
        });
    }

    @Test
    void theListenerReactsToThePublishedEventAndCollectsTheFields(Scenario scenario) {
        String reference = register("Szenario").reference();
        RecordedAssessment assessed = assessments.assess(reference, WOHNGELD, Map.of());

        scenario.publish(new UseCaseMateriallyChanged(reference, Set.of("hosting", "vendor")))
                .andWaitForStateChange(() -> assessments.current(reference).filter(RecordedAssessment::isStale))
                .andVerify(current -> {
                    assertThat(current).hasValueSatisfying(c -> {
                        assertThat(c.id()).isEqualTo(assessed.id());
                        assertThat(c.staleFields()).containsExactly("hosting", "vendor");
                    });
                });
        RecordedAssessment firstStale = assessments.current(reference).orElseThrow();

        scenario.publish(new UseCaseMateriallyChanged(reference, Set.of("purpose")))
                .andWaitForStateChange(() -> assessments.current(reference)
                        .filter(c -> c.staleFields().contains("purpose")))
                .andVerify(current -> assertThat(current).hasValueSatisfying(c -> {
                    assertThat(c.staleFields()).containsExactly("hosting", "purpose", "vendor");
                    // Stale since the first change.
                    assertThat(c.staleSince()).isEqualTo(firstStale.staleSince());
                }));
    }

    @Test
    void aMaterialChangeWithoutAnAssessmentChangesNothing() {
        UseCase useCase = register("Ohne Einstufung");
        useCases.update(useCase.reference(), useCase.version(),
                AssessmentFixtures.details(useCase.title(), "Ein anderer Zweck"), department.id(), OWNER);
        assertThat(assessments.markStale(useCase.reference(), Set.of("purpose"))).isFalse();
        assertThat(storedRows(useCase.reference())).isZero();
    }
}
