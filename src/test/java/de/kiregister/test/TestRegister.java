package de.kiregister.test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.classification.Assessments;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.domain.PhaseAction;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseDetails;
import de.kiregister.register.domain.UseCaseService;
import de.kiregister.register.domain.DepartmentService;
import org.springframework.boot.test.context.TestComponent;

/**
 * Test data through the real services, for tests of modules built on the register: users, a department and use
 * cases in a given phase, each unique to one test run (the test database is shared). Import it with
 * {@code @Import(TestRegister.class)}.
 */
@TestComponent
public class TestRegister {

    /** KI-Hub as the test data registers it; tests should not decide or own anything as this user. */
    public static final String KI_HUB = "test-register-kihub";

    private final UseCaseService useCases;
    private final DepartmentService departments;
    private final UserAccountService users;
    private final Assessments assessments;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    TestRegister(UseCaseService useCases, DepartmentService departments, UserAccountService users,
            Assessments assessments) {
        this.useCases = useCases;
        this.departments = departments;
        this.users = users;
        this.assessments = assessments;
    }

    /** A user with the roles, unique to this run: {@code <name>-<run>}. Created once. */
    public String user(String name, Role... roles) {
        String username = name + "-" + run;
        users.createIfMissing(username, "Test " + name, username + "@example.org", "geheim-geheim-123",
                Set.of(roles));
        return username;
    }

    /** The test run's department, created once. */
    public UUID department() {
        return departments.createIfMissing("T-" + run, "Testamt " + run).id();
    }

    /** Facts of a use case with the given title and purpose; used by staff and citizens, assistive. */
    public static UseCaseDetails details(String title, String purpose) {
        return new UseCaseDetails(title, "Kurzbeschreibung " + title, purpose, null, StrategicGoal.EFFICIENCY,
                Category.DOCUMENT_EXTRACTION, Horizon.SHORT_TERM, null, null, Hosting.MUNICIPAL_IT_PROVIDER, null,
                null, PersonalData.PERSONAL, Set.of(AffectedGroup.EMPLOYEES, AffectedGroup.CITIZENS),
                AutomationLevel.HUMAN_REVIEWS_EVERY_OUTPUT, null, null, null, null, null, null);
    }

    /** A new use case owned by {@code owner}, moved by KI-Hub into the Spezifikationsdialog and assessed. */
    public String inDialogue(String title, String owner, Map<String, ?> answers) {
        users.createIfMissing(KI_HUB, "Test KI-Hub", "test-kihub@example.org", "geheim-geheim-123",
                Set.of(Role.KI_HUB));
        UUID department = department();
        String[] reference = new String[1];
        CurrentUser.runAs(KI_HUB, Role.KI_HUB, () -> {
            UseCase useCase = useCases.register(details(title + " " + run, "Zweck von " + title), department, owner);
            useCases.changePhase(useCase.reference(), PhaseAction.START_FEASIBILITY, "");
            assessments.assess(useCase.reference(), answers, Map.of());
            useCases.changePhase(useCase.reference(), PhaseAction.START_DIALOGUE, "");
            reference[0] = useCase.reference();
        });
        return reference[0];
    }

    /** Saves a new assessment as KI-Hub. */
    public void reassess(String reference, Map<String, ?> answers) {
        CurrentUser.runAs(KI_HUB, Role.KI_HUB, () -> assessments.assess(reference, answers, Map.of()));
    }

    /** Changes the purpose of the use case as KI-Hub: a material change. */
    public void changePurpose(String reference, String purpose) {
        CurrentUser.runAs(KI_HUB, Role.KI_HUB, () -> {
            UseCase useCase = useCases.byReference(reference);
            UseCaseDetails d = useCase.details();
            useCases.update(reference, useCase.version(), new UseCaseDetails(d.title(), d.summary(), purpose,
                    d.expectedBenefit(), d.strategicGoal(), d.category(), d.horizon(), d.vendor(), d.product(),
                    d.hosting(), d.gpaiModelName(), d.gpaiModelProvider(), d.personalData(), d.affectedGroups(),
                    d.automationLevel(), d.humanOversight(), d.legalBasis(), d.oneOffCost(), d.yearlyCost(),
                    d.personDays(), d.hoursSavedPerYear()), useCase.department().id(), useCase.ownerUsername());
        });
    }
}
