package de.kiregister.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;

import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.Phase;
import de.kiregister.register.StrategicGoal;
import de.kiregister.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UseCaseTests {

    static UseCaseDetails details(String title) {
        return new UseCaseDetails(title, "Kurz", "Zweck", null, StrategicGoal.EFFICIENCY, Category.CHATBOT,
                Horizon.SHORT_TERM, null, null, Hosting.EU_CLOUD, null, null, PersonalData.NONE,
                Set.of(AffectedGroup.CITIZENS), AutomationLevel.ASSISTIVE, null, null, null, null, null, null);
    }

    private static UseCase newUseCase() {
        return new UseCase(ReferenceCode.of(2026, 1), details("Chatbot"), new Department("17", "DO.IT"), "owner");
    }

    private static UseCase inPhase(Phase phase) {
        UseCase useCase = newUseCase();
        switch (phase) {
            case IDEA -> { }
            case FEASIBILITY -> useCase.startFeasibilityStudy();
            case SPECIFICATION_DIALOGUE -> {
                useCase.startFeasibilityStudy();
                useCase.startSpecificationDialogue();
            }
            case PILOT -> {
                useCase.startFeasibilityStudy();
                useCase.startSpecificationDialogue();
                useCase.startPilot();
            }
            case PRODUCTION -> {
                useCase.startFeasibilityStudy();
                useCase.startSpecificationDialogue();
                useCase.goLive();
            }
            case RETIRED -> {
                useCase.startFeasibilityStudy();
                useCase.startSpecificationDialogue();
                useCase.goLive();
                useCase.retire("Ersetzt");
            }
            case DEFERRED -> useCase.defer("Kein Budget");
            case REJECTED -> useCase.reject("Kein Nutzen");
        }
        assertThat(useCase.phase()).isEqualTo(phase);
        return useCase;
    }

    @Test
    void startsAsIdea() {
        UseCase useCase = newUseCase();
        assertThat(useCase.phase()).isEqualTo(Phase.IDEA);
        assertThat(useCase.reference()).isEqualTo("KI-2026-001");
        assertThat(useCase.availableActions()).containsExactlyInAnyOrder(PhaseAction.START_FEASIBILITY,
                PhaseAction.DEFER, PhaseAction.REJECT);
    }

    @Test
    void walksTheMainPathToRetirement() {
        UseCase useCase = newUseCase();
        useCase.startFeasibilityStudy();
        useCase.startSpecificationDialogue();
        useCase.startPilot();
        useCase.goLive();
        assertThat(useCase.phase()).isEqualTo(Phase.PRODUCTION);
        useCase.retire("Abgelöst durch Nachfolgesystem");
        assertThat(useCase.phase()).isEqualTo(Phase.RETIRED);
        assertThat(useCase.phaseNote()).isEqualTo("Abgelöst durch Nachfolgesystem");
        assertThat(useCase.availableActions()).isEmpty();
    }

    @Test
    void refusesPilotStraightFromIdea() {
        UseCase useCase = newUseCase();
        assertThatThrownBy(useCase::startPilot)
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("usecase.phase.illegal");
                    assertThat(e.arguments()).containsExactly(PhaseAction.START_PILOT, Phase.IDEA);
                });
        assertThat(useCase.phase()).isEqualTo(Phase.IDEA);
    }

    @Test
    void refusesGoingLiveBeforeTheSpecificationDialogue() {
        UseCase useCase = inPhase(Phase.FEASIBILITY);
        assertThatThrownBy(useCase::goLive).isInstanceOf(DomainRuleViolation.class);
        assertThat(useCase.phase()).isEqualTo(Phase.FEASIBILITY);
    }

    @Test
    void resumesToThePhaseItWasDeferredFrom() {
        UseCase useCase = inPhase(Phase.SPECIFICATION_DIALOGUE);
        useCase.defer("Haushaltssperre");
        assertThat(useCase.phase()).isEqualTo(Phase.DEFERRED);
        assertThat(useCase.phaseNote()).isEqualTo("Haushaltssperre");
        useCase.resume();
        assertThat(useCase.phase()).isEqualTo(Phase.SPECIFICATION_DIALOGUE);
        assertThat(useCase.phaseNote()).isNull();
    }

    @Test
    void requiresAReasonToDeferRejectOrRetire() {
        UseCase useCase = newUseCase();
        assertThatThrownBy(() -> useCase.defer("  "))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usecase.phase.reasonRequired"));
        assertThatThrownBy(() -> useCase.reject("")).isInstanceOf(DomainRuleViolation.class);
        assertThat(useCase.phase()).isEqualTo(Phase.IDEA);
    }

    @Test
    void rejectionIsFinal() {
        UseCase useCase = inPhase(Phase.REJECTED);
        assertThat(useCase.availableActions()).isEmpty();
        assertThatThrownBy(useCase::resume).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(useCase::startFeasibilityStudy).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void cannotRejectWhatIsAlreadyInProduction() {
        UseCase useCase = inPhase(Phase.PRODUCTION);
        assertThatThrownBy(() -> useCase.reject("zu spät")).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> useCase.defer("zu spät")).isInstanceOf(DomainRuleViolation.class);
    }

    /** The offered actions are exactly the ones the aggregate accepts: the page never shows a dead button. */
    @ParameterizedTest
    @EnumSource(Phase.class)
    void offersExactlyTheActionsItAccepts(Phase phase) {
        for (PhaseAction action : PhaseAction.values()) {
            UseCase useCase = inPhase(phase);
            boolean offered = useCase.availableActions().contains(action);
            boolean accepted;
            try {
                action.applyTo(useCase, "Begründung");
                accepted = true;
            } catch (DomainRuleViolation e) {
                accepted = false;
            }
            assertThat(accepted).as("%s from %s", action, phase).isEqualTo(offered);
        }
    }

    @Test
    void describeReplacesTheFactsButNotTheLifecycle() {
        UseCase useCase = inPhase(Phase.PILOT);
        Department other = new Department("50", "Sozialamt");
        useCase.describe(details("Neuer Titel"), other, "kihub");
        assertThat(useCase.title()).isEqualTo("Neuer Titel");
        assertThat(useCase.department()).isSameAs(other);
        assertThat(useCase.ownerUsername()).isEqualTo("kihub");
        assertThat(useCase.phase()).isEqualTo(Phase.PILOT);
    }

    @Test
    void refusesAnInactiveDepartmentForANewAssignment() {
        UseCase useCase = newUseCase();
        Department closed = new Department("99", "Aufgelöstes Amt");
        closed.deactivate();
        assertThatThrownBy(() -> useCase.describe(details("X"), closed, "owner"))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usecase.department.inactive"));
    }

    @Test
    void detailsRejectBlankTitlesAndNegativeNumbers() {
        assertThatThrownBy(() -> details(" ")).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new UseCaseDetails("T", "S", "P", null, StrategicGoal.EFFICIENCY,
                Category.OTHER, Horizon.MID_TERM, null, null, Hosting.EU_CLOUD, null, null, PersonalData.NONE,
                Set.of(), AutomationLevel.ASSISTIVE, null, null, BigDecimal.valueOf(-1), null, null, null))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usecase.invariant.negative"));
    }

    @Test
    void detailsNormaliseBlankOptionalTextToNull() {
        UseCaseDetails details = new UseCaseDetails("  Titel ", "S", "P", "   ", StrategicGoal.EFFICIENCY,
                Category.OTHER, Horizon.MID_TERM, "", null, Hosting.EU_CLOUD, null, null, PersonalData.NONE,
                Set.of(), AutomationLevel.ASSISTIVE, null, null, null, null, null, null);
        assertThat(details.title()).isEqualTo("Titel");
        assertThat(details.expectedBenefit()).isNull();
        assertThat(details.vendor()).isNull();
    }

    @Test
    void referenceCodesHaveTheRegisterFormat() {
        assertThat(ReferenceCode.of(2026, 14).value()).isEqualTo("KI-2026-014");
        assertThat(ReferenceCode.of(2026, 1234).value()).isEqualTo("KI-2026-1234");
        assertThatThrownBy(() -> new ReferenceCode("KI-26-1")).isInstanceOf(DomainRuleViolation.class);
        assertThat(ReferenceCode.isWellFormed("KI-2026-001")).isTrue();
        assertThat(ReferenceCode.isWellFormed("../etc")).isFalse();
    }

    @Test
    void materialDifferencesNameWhatCanChangeTheAssessment() {
        UseCaseDetails before = details("Chatbot");
        assertThat(before.materialDifferencesTo(details("Anderer Titel"))).as("title is not material").isEmpty();
        UseCaseDetails after = new UseCaseDetails("Chatbot", "Kurz", "Neuer Zweck", null, StrategicGoal.EFFICIENCY,
                Category.TRANSLATION, Horizon.SHORT_TERM, "Anbieter", null, Hosting.NON_EU_CLOUD, "Modell", null,
                PersonalData.PERSONAL, Set.of(AffectedGroup.EMPLOYEES), AutomationLevel.FULLY_AUTOMATED, null,
                null, null, null, null, null);
        assertThat(before.materialDifferencesTo(after)).containsExactly("affectedGroups", "automationLevel",
                "category", "gpaiModel", "hosting", "personalData", "purpose", "vendor");
    }
}
