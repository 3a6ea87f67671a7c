package de.kiregister.classification.obligation;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static de.kiregister.classification.assessment.AssessmentFixtures.WOHNGELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.ObligationState;
import de.kiregister.classification.assessment.AssessmentFixtures;
import de.kiregister.classification.obligation.ObligationService.TrackedObligation;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.domain.Department;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Tracking the obligations of a use case on a real PostgreSQL. */
@IntegrationTest
class ObligationTrackingIntegrationTests {

    private static final String KI_HUB = "it-obl-kihub";
    private static final String OWNER = "it-obl-owner";

    @Autowired
    ObligationService obligations;

    @Autowired
    Assessments assessments;

    @Autowired
    UseCaseService useCases;

    @Autowired
    DepartmentService departments;

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    private String reference;

    @BeforeEach
    void aHighRiskUseCase() {
        users.createIfMissing(KI_HUB, "KI-Hub Pflichten", "obl-kihub@test", "geheim-geheim", Set.of(Role.KI_HUB));
        users.createIfMissing(OWNER, "Owner Pflichten", "obl-owner@test", "geheim-geheim", Set.of(Role.PROJECT_OWNER));
        logInAs(KI_HUB, Role.KI_HUB);
        String marker = "O" + UUID.randomUUID().toString().substring(0, 8);
        Department department = departments.createIfMissing("IT-" + marker, "Pflichtenamt " + marker);
        reference = useCases.register(AssessmentFixtures.details("Wohngeld " + marker, "Anträge vorprüfen"),
                department.id(), OWNER).reference();
        assessments.assess(reference, WOHNGELD, Map.of());
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static void logInAs(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(role.authority())));
    }

    private TrackedObligation fria() {
        return obligations.of(reference).stream().filter(t -> t.obligation().article().equals("Art. 27"))
                .findFirst().orElseThrow();
    }

    private long rows() {
        return jdbc.sql("select count(*) from obligation_status where use_case_reference = ?").param(reference)
                .query(Long.class).single();
    }

    @Test
    void everyObligationStartsOpenAndIsDueWhenItApplies() {
        TrackedObligation fria = fria();
        assertThat(fria.state()).isEqualTo(ObligationState.OPEN);
        assertThat(fria.dueDate()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(fria.overdue()).isFalse();
        assertThat(rows()).isZero();
    }

    @Test
    void doneWithEvidenceIsKeptAndSurvivesAReassessmentThatDerivesItAgain() {
        String code = fria().obligation().code();
        obligations.record(reference, code, ObligationState.DONE, null, "https://intranet/dsfa/42",
                LocalDate.of(2027, 6, 30));
        assessments.assess(reference, WOHNGELD, Map.of("H3", "Unverändert Annex III 5(a)."));

        TrackedObligation fria = fria();
        assertThat(fria.state()).isEqualTo(ObligationState.DONE);
        assertThat(fria.evidence()).isEqualTo("https://intranet/dsfa/42");
        assertThat(fria.dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(fria.changedBy()).isEqualTo(KI_HUB);
    }

    @Test
    void notApplicableNeedsAReasonAndNothingIsStoredWithout() {
        String code = fria().obligation().code();
        assertThatThrownBy(() -> obligations.record(reference, code, ObligationState.NOT_APPLICABLE, "  ", null,
                null)).isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("obligation.reason.required"));
        assertThat(rows()).isZero();

        obligations.record(reference, code, ObligationState.NOT_APPLICABLE, "Kein Hochrisiko-Einsatz mehr", null,
                null);
        assertThat(fria().state()).isEqualTo(ObligationState.NOT_APPLICABLE);
        assertThat(fria().reason()).isEqualTo("Kein Hochrisiko-Einsatz mehr");
    }

    @Test
    void anOpenObligationPastItsDueDateIsOverdue() {
        obligations.record(reference, fria().obligation().code(), ObligationState.OPEN, null, null,
                LocalDate.of(2020, 1, 1));
        assertThat(fria().overdue()).isTrue();
    }

    @Test
    void onlyObligationsOfTheCurrentAssessmentCanBeTracked() {
        String friaCode = fria().obligation().code();
        assessments.assess(reference, MINIMAL, Map.of());
        assertThat(obligations.of(reference)).noneMatch(t -> t.obligation().code().equals(friaCode));
        assertThatThrownBy(() -> obligations.record(reference, friaCode, ObligationState.DONE, null, null, null))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("obligation.unknown"));
    }

    @Test
    void onlyKiHubTracksObligations() {
        String code = fria().obligation().code();
        logInAs(OWNER, Role.PROJECT_OWNER);
        assertThatThrownBy(() -> obligations.record(reference, code, ObligationState.DONE, null, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows()).isZero();
    }
}
