package de.kiregister.publication.domain;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static de.kiregister.classification.assessment.AssessmentFixtures.WOHNGELD;
import static de.kiregister.classification.assessment.AssessmentFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import de.kiregister.classification.Assessments;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.publication.PublicationFixtures;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.domain.PhaseAction;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.test.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing on PostgreSQL through the real services: snapshots that later edits leave alone, withheld fields with
 * reasons, the release conditions (a current classification, a prohibited practice only as not in use), versions,
 * withdrawal, concurrent publications, and the public read model's search over the snapshot's own text.
 */
@IntegrationTest
@Import(PublicationFixtures.class)
class PublicationIntegrationTests {

    @Autowired
    PublicationFixtures fixtures;

    @Autowired
    PublicationService publications;

    @Autowired
    PublicRegister register;

    @Autowired
    Assessments assessments;

    @Autowired
    UseCaseDirectory useCases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private String owner;

    @BeforeEach
    void owner() {
        owner = fixtures.user("pub-owner", "Olga Eigentümerin", Role.PROJECT_OWNER);
    }

    @Test
    void publishesAnImmutableSnapshotWithoutTheWithheldFields() {
        String title = "Schnappschuss " + fixtures.run();
        String reference = fixtures.assessed(PublicationFixtures.details(title), owner, MINIMAL);

        Publication publication = fixtures.publish(reference, 0, Map.of(PublicField.VENDOR,
                "Vergabe läuft noch", PublicField.LEGAL_BASIS, "Wird noch geprüft"));

        assertThat(publication.version()).isEqualTo(1);
        assertThat(publication.publishedBy()).isEqualTo(fixtures.kiHub());
        PublishedContent content = publication.content();
        assertThat(content.title()).isEqualTo(title);
        assertThat(content.tier()).isEqualTo(RiskTier.MINIMAL_RISK);
        assertThat(content.phase()).isEqualTo(Phase.FEASIBILITY);
        assertThat(content.purpose()).isEqualTo("Zweck von " + title);
        assertThat(content.humanOversight()).isEqualTo("Aufsicht von " + title);
        assertThat(content.vendor()).isNull();
        assertThat(content.product()).isNull();
        assertThat(content.legalBasis()).isNull();
        assertThat(content.aiModel()).isEqualTo("Modell von " + title);

        // What is stored: the withheld values are nowhere in the row, the reasons are.
        String row = jdbc.sql("select content::text || withheld::text from publication_snapshot where id = :id")
                .param("id", publication.id()).query(String.class).single();
        assertThat(row).doesNotContain("Anbieter von", "Produkt von", "Rechtsgrundlage von")
                .contains("Vergabe läuft noch", "Wird noch geprüft");

        PublicEntry entry = published(reference);
        assertThat(entry.version()).isEqualTo(1);
        assertThat(entry.withheld()).containsOnlyKeys(PublicField.VENDOR, PublicField.LEGAL_BASIS);
        assertThat(entry.withheldReason("VENDOR")).isEqualTo("Vergabe läuft noch");
        assertThat(entry.history()).extracting(PublicEntry.Version::version).containsExactly(1);
    }

    @Test
    void laterEditsChangeNothingPublicUntilKiHubRepublishes() {
        String reference = fixtures.assessed(PublicationFixtures.details("Versionen " + fixtures.run()), owner,
                MINIMAL);
        fixtures.publish(reference, 0, Map.of());

        fixtures.update(reference, d -> PublicationFixtures.withOversight(d, "Neue Aufsicht nach dem Pilot"));

        assertThat(published(reference).content().humanOversight()).startsWith("Aufsicht von");
        asKiHub(() -> assertThat(publications.status(reference).changedSincePublication()).isTrue());

        Publication second = fixtures.publish(reference, 1, Map.of());

        assertThat(second.version()).isEqualTo(2);
        PublicEntry entry = published(reference);
        assertThat(entry.version()).isEqualTo(2);
        assertThat(entry.content().humanOversight()).isEqualTo("Neue Aufsicht nach dem Pilot");
        assertThat(entry.history()).extracting(PublicEntry.Version::version).containsExactly(2, 1);
        assertThat(entry.firstPublishedAt()).isBefore(entry.publishedAt());
        asKiHub(() -> assertThat(publications.status(reference).changedSincePublication()).isFalse());
    }

    @Test
    void refusesAUseCaseWithoutClassification() {
        String reference = fixtures.registered(PublicationFixtures.details("Ohne Einstufung " + fixtures.run()),
                owner);

        assertThatThrownBy(() -> fixtures.publish(reference, 0, Map.of()))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publication.notClassified"));
        assertThat(rows(reference)).isZero();
    }

    @Test
    void refusesAStaleClassificationUntilReassessed() {
        String reference = fixtures.assessed(PublicationFixtures.details("Veraltet " + fixtures.run()), owner,
                MINIMAL);
        fixtures.update(reference, d -> PublicationFixtures.withPurpose(d, "Ein ganz anderer Zweck"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> assessments.current(reference).orElseThrow().isStale());

        assertThatThrownBy(() -> fixtures.publish(reference, 0, Map.of()))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publication.classificationStale"));
        assertThat(rows(reference)).isZero();

        fixtures.assess(reference, MINIMAL);
        assertThat(fixtures.publish(reference, 0, Map.of()).content().purpose()).isEqualTo("Ein ganz anderer Zweck");
    }

    @Test
    void publishesAProhibitedPracticeOnlyAsNotInUse() {
        String reference = fixtures.assessed(PublicationFixtures.details("Verboten " + fixtures.run()), owner,
                with(MINIMAL, "P-c", true));

        assertThatThrownBy(() -> fixtures.publish(reference, 0, Map.of()))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publication.prohibited"));
        assertThat(rows(reference)).isZero();

        fixtures.changePhase(reference, PhaseAction.REJECT, "Verbotene Praktik nach Art. 5");
        PublishedContent content = fixtures.publish(reference, 0, Map.of()).content();
        assertThat(content.tier()).isEqualTo(RiskTier.PROHIBITED);
        assertThat(content.phase()).isEqualTo(Phase.REJECTED);
    }

    @Test
    void everyWithheldFieldNeedsAReason() {
        String reference = fixtures.assessed(PublicationFixtures.details("Begründung " + fixtures.run()), owner,
                MINIMAL);

        assertThatThrownBy(() -> fixtures.publish(reference, 0, Map.of(PublicField.PURPOSE, "  ")))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publication.reason.required"));
        assertThatThrownBy(() -> fixtures.publish(reference, 0, Map.of(PublicField.PURPOSE,
                "x".repeat(Publication.MAX_REASON_LENGTH + 1))))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publication.reason.tooLong"));
        assertThat(rows(reference)).isZero();
    }

    @Test
    void aPublicationOnTopOfAnOutdatedVersionIsRefused() {
        String reference = fixtures.assessed(PublicationFixtures.details("Gleichzeitig " + fixtures.run()), owner,
                MINIMAL);
        fixtures.publish(reference, 0, Map.of());

        // A second KI-Hub member still has the form of "not published yet" open.
        assertThatThrownBy(() -> fixtures.publish(reference, 0, Map.of()))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publication.changedConcurrently"));
        assertThat(rows(reference)).isOne();
    }

    @Test
    void aWithdrawnEntryLeavesTheRegisterAndComesBackAsANewVersion() {
        String title = "Zurückgezogen " + fixtures.run();
        String reference = fixtures.assessed(PublicationFixtures.details(title), owner, MINIMAL);
        fixtures.publish(reference, 0, Map.of());

        assertThatThrownBy(() -> fixtures.withdraw(reference, 1, " "))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publication.withdraw.reasonRequired"));
        fixtures.withdraw(reference, 1, "Interner Grund: Pilot gestoppt");

        assertThat(register.lookup(reference)).get().isInstanceOf(PublicRegister.Withdrawn.class);
        assertThat(search(fixtures.run(), null)).extracting(PublicRow::reference).doesNotContain(reference);
        assertThat(register.all()).extracting(PublicEntry::reference).doesNotContain(reference);
        assertThatThrownBy(() -> fixtures.withdraw(reference, 1, "noch einmal"))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publication.withdraw.notPublished"));

        fixtures.publish(reference, 1, Map.of());

        PublicEntry entry = published(reference);
        assertThat(entry.version()).isEqualTo(2);
        assertThat(entry.history()).hasSize(2);
        assertThat(entry.history().get(1).withdrawnAt()).isNotNull();
        assertThat(entry.history().get(0).withdrawnAt()).isNull();
    }

    @Test
    void onlyKiHubPublishesAndWithdraws() {
        String reference = fixtures.assessed(PublicationFixtures.details("Nur KI-Hub " + fixtures.run()), owner,
                MINIMAL);
        for (Role role : List.of(Role.CAIO, Role.PROJECT_OWNER, Role.PERSONALRAT, Role.ADMIN)) {
            CurrentUser.runAs(owner, role, () -> assertThatThrownBy(() -> publications.publish(reference, 0,
                    Map.of())).isInstanceOf(AccessDeniedException.class));
        }
        assertThat(rows(reference)).isZero();
    }

    @Test
    void obligationsMetArePublishedWithImpactAssessments() {
        String reference = fixtures.assessed(PublicationFixtures.details("Pflichten " + fixtures.run()), owner,
                WOHNGELD);
        fixtures.fulfil(reference, "FRIA", "Grundrechte-Folgenabschätzung vom Mai");
        fixtures.fulfil(reference, "AI_LITERACY", null);

        PublishedContent content = fixtures.publish(reference, 0, Map.of()).content();

        assertThat(content.tier()).isEqualTo(RiskTier.HIGH_RISK);
        assertThat(content.obligationsMet()).extracting(MetObligation::code)
                .containsExactlyInAnyOrder("FRIA", "AI_LITERACY");
        assertThat(content.impactAssessments()).extracting(MetObligation::code).containsExactly("FRIA");
        // The evidence note is internal and is not part of what is published.
        assertThat(content.toString()).doesNotContain("Grundrechte-Folgenabschätzung vom Mai");
    }

    @Test
    void searchFindsOnlyPublishedTextWithGermanStemmingAndFilters() {
        String word = "Zaunkönig" + fixtures.run().replaceAll("\\d", "");
        String department = fixtures.department("-S");
        String shown = fixtures.registered(PublicationFixtures.details("Übersetzungen für " + word), owner,
                department);
        String hidden = fixtures.registered(PublicationFixtures.details("Verborgen " + fixtures.run()), owner,
                department);
        fixtures.assess(shown, MINIMAL);
        fixtures.assess(hidden, MINIMAL);
        fixtures.update(hidden, d -> PublicationFixtures.withOversight(d, "Aufsicht mit " + word + "geheim"));
        fixtures.publish(shown, 0, Map.of());
        fixtures.publish(hidden, 0, Map.of(PublicField.HUMAN_OVERSIGHT, "Aus Sicherheitsgründen"));
        String unpublished = fixtures.assessed(PublicationFixtures.details("Unveröffentlicht " + word), owner,
                MINIMAL);

        assertThat(search("Übersetzung " + word, null)).extracting(PublicRow::reference).containsExactly(shown);
        assertThat(search(word + "geheim", null)).isEmpty();
        assertThat(search(fixtures.run(), null)).extracting(PublicRow::reference)
                .contains(hidden).doesNotContain(unpublished);
        assertThat(search(null, department)).extracting(PublicRow::reference)
                .containsExactlyInAnyOrder(shown, hidden);
        assertThat(register.search(new PublicSearch(null, department, StrategicGoal.EFFICIENCY,
                null, null, 0, 20)).getTotalElements()).isZero();
        assertThat(register.search(new PublicSearch(null, department, StrategicGoal.CITIZEN_SERVICES,
                RiskTier.MINIMAL_RISK, Phase.FEASIBILITY, 0, 20)).getTotalElements()).isEqualTo(2);
        assertThat(register.departments()).extracting(PublicRegister.Department::code)
                .contains(department);
        Page<PublicRow> onePerPage = register.search(new PublicSearch(null, department, null, null,
                null, 1, 1));
        assertThat(onePerPage.getTotalPages()).isEqualTo(2);
        assertThat(onePerPage.getContent()).hasSize(1);
    }

    @Test
    void lastChangeMovesWithEveryPublicationAndWithdrawal() {
        String reference = fixtures.assessed(PublicationFixtures.details("Stand " + fixtures.run()), owner, MINIMAL);
        Publication publication = fixtures.publish(reference, 0, Map.of());
        assertThat(register.lastChange()).get().satisfies(last ->
                assertThat(last).isAfterOrEqualTo(publication.publishedAt().minusMillis(1)));
        fixtures.withdraw(reference, 1, "Test");
        assertThat(register.lastChange()).get().satisfies(last ->
                assertThat(last).isAfter(publication.publishedAt()));
    }

    /** A new installation has published nothing yet: its register is empty, not an error (found while hardening). */
    @Test
    void anEmptyRegisterHasNoLastChangeAndNoEntries() {
        fixtures.publish(fixtures.assessed(PublicationFixtures.details("Leer " + fixtures.run()), owner, MINIMAL), 0,
                Map.of());
        // Emptied inside a transaction that is rolled back, so that the other tests' entries stay.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from publication_withdrawal").update();
            jdbc.sql("delete from publication_snapshot").update();
            assertThat(register.lastChange()).isEmpty();
            assertThat(register.search(new PublicSearch(null, null, null, null, null, 0, 20)).getTotalElements())
                    .isZero();
            status.setRollbackOnly();
        });
        assertThat(register.lastChange()).isPresent();
    }

    @Test
    void theRegisterTellsPhaseDatesFromTheHistory() {
        String reference = fixtures.assessed(PublicationFixtures.details("Daten " + fixtures.run()), owner, MINIMAL);
        var facts = useCases.facts(reference).orElseThrow();
        assertThat(facts.phase()).isEqualTo(Phase.FEASIBILITY);
        assertThat(facts.phaseSince()).isAfterOrEqualTo(facts.registeredAt());
        assertThat(facts.inUseSince()).isNull();
        assertThat(facts.outOfUseSince()).isNull();
        assertThat(useCases.facts("KI-0000-000")).isEmpty();
        assertThat(useCases.facts("<script>")).isEmpty();
    }

    private List<PublicRow> search(String query, String department) {
        return register.search(new PublicSearch(query, department, null, null, null, 0, 50)).getContent();
    }

    private PublicEntry published(String reference) {
        return ((PublicRegister.Published) register.lookup(reference).orElseThrow()).entry();
    }

    private long rows(String reference) {
        return jdbc.sql("select count(*) from publication_snapshot where use_case_reference = :r")
                .param("r", reference).query(Long.class).single();
    }

    private void asKiHub(Runnable work) {
        CurrentUser.runAs(fixtures.kiHub(), Role.KI_HUB, work);
    }
}
