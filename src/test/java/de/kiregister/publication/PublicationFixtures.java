package de.kiregister.publication;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.kiregister.classification.Assessments;
import de.kiregister.classification.ObligationState;
import de.kiregister.classification.obligation.ObligationService;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.publication.domain.Publication;
import de.kiregister.publication.domain.PublicField;
import de.kiregister.publication.domain.PublicationService;
import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.domain.DepartmentService;
import de.kiregister.register.domain.PhaseAction;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseDetails;
import de.kiregister.register.domain.UseCaseService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/**
 * Test data of the publication tests through the real services: a department and a KI-Hub member unique to the
 * run, use cases with chosen facts in the Machbarkeitsprüfung, assessed or not, and publications as KI-Hub.
 * Import it with {@code @Import(PublicationFixtures.class)}.
 */
@TestComponent
public class PublicationFixtures {

    private final UseCaseService useCases;
    private final DepartmentService departments;
    private final UserAccountService users;
    private final Assessments assessments;
    private final ObligationService obligations;
    private final PublicationService publications;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    PublicationFixtures(UseCaseService useCases, DepartmentService departments, UserAccountService users,
            Assessments assessments, ObligationService obligations, PublicationService publications) {
        this.useCases = useCases;
        this.departments = departments;
        this.users = users;
        this.assessments = assessments;
        this.obligations = obligations;
        this.publications = publications;
    }

    /** Unique to this fixture instance, for names and search words. */
    public String run() {
        return run;
    }

    /** The KI-Hub member who registers and publishes; its display name is a staff member's name. */
    public String kiHub() {
        return user("pub-kihub", "Kira Hubmann " + run, Role.KI_HUB);
    }

    /** A user with the role and display name, unique to the run: {@code <name>-<run>}. */
    public String user(String name, String displayName, Role... roles) {
        String username = name + "-" + run;
        users.createIfMissing(username, displayName, username + "@stadt.example", "geheim-geheim-123",
                Set.of(roles));
        return username;
    }

    public String departmentCode() {
        return department("");
    }

    /** A department of its own, {@code PUB-<run><suffix>}, for tests that filter by department. */
    public String department(String suffix) {
        String code = "PUB-" + run + suffix;
        departments.createIfMissing(code, "Amt für Veröffentlichungstests " + run + suffix);
        return code;
    }

    /** Facts with the title; the other texts say which use case they belong to. */
    public static UseCaseDetails details(String title) {
        return new UseCaseDetails(title, "Kurzbeschreibung von " + title, "Zweck von " + title,
                "Nutzen von " + title, StrategicGoal.CITIZEN_SERVICES, Category.CHATBOT, Horizon.SHORT_TERM,
                "Anbieter von " + title, "Produkt von " + title, Hosting.EU_CLOUD, "Modell von " + title,
                "Modellanbieter von " + title, PersonalData.PERSONAL, Set.of(AffectedGroup.CITIZENS),
                AutomationLevel.HUMAN_REVIEWS_EVERY_OUTPUT, "Aufsicht von " + title, "Rechtsgrundlage von " + title,
                new BigDecimal("1234.56"), new BigDecimal("789.00"), 12, 345);
    }

    /** A use case in the Machbarkeitsprüfung owned by {@code owner}, not assessed. */
    public String registered(UseCaseDetails details, String owner) {
        return registered(details, owner, departmentCode());
    }

    /** The same in the department with the code. */
    public String registered(UseCaseDetails details, String owner, String department) {
        UUID departmentId = departments.all().stream().filter(d -> d.code().equals(department)).findFirst()
                .orElseThrow().id();
        String[] reference = new String[1];
        CurrentUser.runAs(kiHub(), Role.KI_HUB, () -> {
            UseCase useCase = useCases.register(details, departmentId, owner);
            useCases.changePhase(useCase.reference(), PhaseAction.START_FEASIBILITY, "");
            reference[0] = useCase.reference();
        });
        return reference[0];
    }

    /** The same, assessed with the answers (a current assessment). */
    public String assessed(UseCaseDetails details, String owner, Map<String, ?> answers) {
        String reference = registered(details, owner);
        assess(reference, answers);
        return reference;
    }

    public void assess(String reference, Map<String, ?> answers) {
        CurrentUser.runAs(kiHub(), Role.KI_HUB, () -> assessments.assess(reference, answers, Map.of()));
    }

    public Publication publish(String reference, int basedOnVersion, Map<PublicField, String> withheld) {
        Publication[] result = new Publication[1];
        CurrentUser.runAs(kiHub(), Role.KI_HUB,
                () -> result[0] = publications.publish(reference, basedOnVersion, withheld));
        return result[0];
    }

    public void withdraw(String reference, int version, String reason) {
        CurrentUser.runAs(kiHub(), Role.KI_HUB, () -> publications.withdraw(reference, version, reason));
    }

    /** Marks an obligation of the current assessment as done, with an evidence note. */
    public void fulfil(String reference, String obligationCode, @Nullable String evidence) {
        CurrentUser.runAs(kiHub(), Role.KI_HUB, () -> obligations.record(reference, obligationCode,
                ObligationState.DONE, null, evidence, null));
    }

    /** Replaces the facts of the use case as KI-Hub. */
    public void update(String reference, java.util.function.UnaryOperator<UseCaseDetails> change) {
        CurrentUser.runAs(kiHub(), Role.KI_HUB, () -> {
            UseCase useCase = useCases.byReference(reference);
            useCases.update(reference, useCase.version(), change.apply(useCase.details()),
                    useCase.department().id(), useCase.ownerUsername());
        });
    }

    public void changePhase(String reference, PhaseAction action, String reason) {
        CurrentUser.runAs(kiHub(), Role.KI_HUB, () -> useCases.changePhase(reference, action, reason));
    }

    /** The details with another human-oversight text (not a material change: the assessment stays current). */
    public static UseCaseDetails withOversight(UseCaseDetails d, String humanOversight) {
        return new UseCaseDetails(d.title(), d.summary(), d.purpose(), d.expectedBenefit(), d.strategicGoal(),
                d.category(), d.horizon(), d.vendor(), d.product(), d.hosting(), d.gpaiModelName(),
                d.gpaiModelProvider(), d.personalData(), d.affectedGroups(), d.automationLevel(), humanOversight,
                d.legalBasis(), d.oneOffCost(), d.yearlyCost(), d.personDays(), d.hoursSavedPerYear());
    }

    /** The details with another purpose: a material change, so the assessment goes stale. */
    public static UseCaseDetails withPurpose(UseCaseDetails d, String purpose) {
        return new UseCaseDetails(d.title(), d.summary(), purpose, d.expectedBenefit(), d.strategicGoal(),
                d.category(), d.horizon(), d.vendor(), d.product(), d.hosting(), d.gpaiModelName(),
                d.gpaiModelProvider(), d.personalData(), d.affectedGroups(), d.automationLevel(), d.humanOversight(),
                d.legalBasis(), d.oneOffCost(), d.yearlyCost(), d.personDays(), d.hoursSavedPerYear());
    }
}
