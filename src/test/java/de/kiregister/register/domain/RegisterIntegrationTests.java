package de.kiregister.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.kiregister.audit.EntityHistory;
import de.kiregister.audit.FieldChange;
import de.kiregister.audit.RevisionChanges;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import de.kiregister.register.Phase;
import de.kiregister.register.RiskTier;
import de.kiregister.register.RiskTiers;
import de.kiregister.register.UseCaseMateriallyChanged;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** The register on a real PostgreSQL: search, reference codes, optimistic locking and the audit trail. */
@IntegrationTest
@RecordApplicationEvents
class RegisterIntegrationTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    UseCaseService useCases;

    @Autowired
    DepartmentService departments;

    @Autowired
    UserAccountService users;

    @Autowired
    UseCaseRepository repository;

    @Autowired
    EntityHistory history;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RiskTiers riskTiers;

    private Department department;
    private final String marker = "T" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void logInAsKiHub() {
        users.createIfMissing("it-kihub", "KI-Hub Test", "kihub@test", "geheim-geheim", Set.of(Role.KI_HUB));
        users.createIfMissing("it-owner", "Owner Test", "owner@test", "geheim-geheim", Set.of(Role.PROJECT_OWNER));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "it-kihub", null, AuthorityUtils.createAuthorityList(Role.KI_HUB.authority())));
        department = departments.createIfMissing("IT-" + marker, "Testamt " + marker);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private UseCase register(String title, String purpose) {
        UseCaseDetails base = UseCaseTests.details(title);
        UseCaseDetails details = new UseCaseDetails(base.title(), base.summary() + " " + marker, purpose,
                base.expectedBenefit(), base.strategicGoal(), base.category(), base.horizon(), base.vendor(),
                base.product(), base.hosting(), base.gpaiModelName(), base.gpaiModelProvider(),
                base.personalData(), base.affectedGroups(), base.automationLevel(), base.humanOversight(),
                base.legalBasis(), base.oneOffCost(), base.yearlyCost(), base.personDays(),
                base.hoursSavedPerYear());
        return useCases.register(details, department.id(), "it-owner");
    }

    private Page<UseCaseRow> search(String query) {
        return useCases.search(new UseCaseSearch(query, null, department.id(), null, null, null, null,
                UseCaseSearch.SortKey.RELEVANCE, false, 0, 20));
    }

    @Test
    void germanFullTextSearchFindsInflectedForms() {
        UseCase translation = register("Übersetzung von Bescheiden", "Bescheide in leichte Sprache übertragen");
        register("Prognose der Parkraumnutzung", "Auslastung vorhersagen");

        assertThat(search("Übersetzungen")).extracting(UseCaseRow::reference)
                .containsExactly(translation.reference());
        assertThat(search("Bescheid")).extracting(UseCaseRow::reference).containsExactly(translation.reference());
        assertThat(search("Übersetzung -Bescheide")).isEmpty();
        // Compounds are not split by the German snowball stemmer, but inflection is handled.
        assertThat(search("Prognosen")).hasSize(1);
    }

    @Test
    void filtersAndPagesWithinTheDepartment() {
        for (int i = 0; i < 5; i++) {
            register("Fall " + i, "Zweck " + i);
        }
        UseCase moved = register("Fall verschoben", "Zweck");
        useCases.changePhase(moved.reference(), PhaseAction.START_FEASIBILITY, "");

        Page<UseCaseRow> firstPage = useCases.search(new UseCaseSearch(null, null, department.id(), null, null, null, null,
                UseCaseSearch.SortKey.TITLE, false, 0, 4));
        assertThat(firstPage.getTotalElements()).isEqualTo(6);
        assertThat(firstPage.getContent()).hasSize(4);
        assertThat(firstPage.getContent()).extracting(UseCaseRow::title).isSorted();

        Page<UseCaseRow> feasibility = useCases.search(new UseCaseSearch(null, Phase.FEASIBILITY, department.id(),
                null, null, null, null, UseCaseSearch.SortKey.REFERENCE, false, 0, 20));
        assertThat(feasibility).extracting(UseCaseRow::reference).containsExactly(moved.reference());
    }

    @Test
    void showsAndFiltersByTheRecordedRiskTier() {
        UseCase chatbot = register("Chatbot", "Fragen beantworten");
        UseCase wohngeld = register("Wohngeld", "Anträge vorprüfen");
        UseCase fresh = register("Neu", "Noch nicht eingestuft");
        transactions.executeWithoutResult(tx -> {
            riskTiers.record(chatbot.reference(), RiskTier.LIMITED_RISK, false, java.time.Instant.now());
            riskTiers.record(wohngeld.reference(), RiskTier.MINIMAL_RISK, false, java.time.Instant.now());
            // A re-assessment replaces the tier; a material change marks it stale.
            riskTiers.record(wohngeld.reference(), RiskTier.HIGH_RISK, true, java.time.Instant.now());
        });

        assertThat(byTier(new UseCaseSearch.TierFilter(RiskTier.HIGH_RISK)))
                .extracting(UseCaseRow::reference, UseCaseRow::tier, UseCaseRow::tierStale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(wohngeld.reference(), RiskTier.HIGH_RISK, true));
        assertThat(byTier(new UseCaseSearch.TierFilter(RiskTier.LIMITED_RISK))).extracting(UseCaseRow::reference)
                .containsExactly(chatbot.reference());
        assertThat(byTier(UseCaseSearch.TierFilter.UNCLASSIFIED)).extracting(UseCaseRow::reference)
                .containsExactly(fresh.reference());
        assertThat(byTier(null)).hasSize(3);
    }

    @Test
    void aTierIsOnlyRecordedInsideTheCallersTransaction() {
        UseCase useCase = register("Ohne Transaktion", "Zweck");
        assertThatThrownBy(() -> riskTiers.record(useCase.reference(), RiskTier.MINIMAL_RISK, false,
                java.time.Instant.now()))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private List<UseCaseRow> byTier(UseCaseSearch.TierFilter tier) {
        return useCases.search(new UseCaseSearch(null, null, department.id(), null, null, null, tier,
                UseCaseSearch.SortKey.REFERENCE, false, 0, 20)).getContent();
    }

    @Test
    void referenceCodesAreUniqueAndNeverReusedUnderConcurrency() throws Exception {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            tasks.add(() -> {
                SecurityContextHolder.getContext().setAuthentication(authentication);
                try {
                    return register("Parallel " + n, "Zweck").reference();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        List<String> references = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<String> future : pool.invokeAll(tasks)) {
                references.add(future.get());
            }
        }
        assertThat(references).doesNotHaveDuplicates().allMatch(ReferenceCode::isWellFormed);
        assertThat(jdbc.sql("select count(distinct reference) = count(*) from use_case").query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void aStaleSaveIsRefusedAndNothingIsLost() {
        UseCase useCase = register("Original", "Zweck");
        long version = useCase.version();
        useCases.update(useCase.reference(), version, UseCaseTests.details("Erste Änderung"), department.id(),
                "it-owner");

        assertThatThrownBy(() -> useCases.update(useCase.reference(), version, UseCaseTests.details("Zweite"),
                department.id(), "it-owner"))
                .isInstanceOfSatisfying(UseCaseChangedConcurrently.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("it-kihub");
                    assertThat(e.currentVersion()).isGreaterThan(version);
                });
        assertThat(repository.findByReference(useCase.reference()).orElseThrow().title()).isEqualTo("Erste Änderung");
    }

    /** Rule 20: a use case goes only to an existing, enabled account; a refused handover changes nothing. */
    @Test
    void aNewOwnerMustBeAnEnabledAccount() {
        String left = "it-left-" + marker;
        users.createIfMissing(left, "Ausgeschieden " + marker, left + "@test", "geheim-geheim",
                Set.of(Role.PROJECT_OWNER));
        jdbc.sql("update app_user set enabled = false where username = ?").param(left).update();
        long before = jdbc.sql("select count(*) from use_case").query(Long.class).single();

        assertThatThrownBy(() -> useCases.register(UseCaseTests.details("Ohne Owner " + marker), department.id(),
                "niemand-" + marker))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usecase.owner.unknown"));
        assertThatThrownBy(() -> useCases.register(UseCaseTests.details("Ausgeschiedener Owner " + marker),
                department.id(), left))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usecase.owner.unknown"));
        assertThat(jdbc.sql("select count(*) from use_case").query(Long.class).single()).isEqualTo(before);

        UseCase useCase = register("Übergabe", "Zweck");
        assertThatThrownBy(() -> useCases.update(useCase.reference(), useCase.version(), useCase.details(),
                department.id(), left))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usecase.owner.unknown"));
        assertThat(repository.findByReference(useCase.reference()).orElseThrow().ownerUsername())
                .isEqualTo("it-owner");
    }

    @Test
    void concurrentTransactionsOnTheSameUseCaseLoseNoUpdate() {
        UseCase useCase = register("Wettlauf", "Zweck");
        // Both transactions read version n; the second commit must fail instead of overwriting the first.
        UseCase first = transactions.execute(s -> repository.findByReference(useCase.reference()).orElseThrow());
        UseCase second = transactions.execute(s -> repository.findByReference(useCase.reference()).orElseThrow());
        first.describe(UseCaseTests.details("Von Anna"), department, "it-owner");
        second.describe(UseCaseTests.details("Von Ben"), department, "it-owner");
        repository.saveAndFlush(first);
        assertThatThrownBy(() -> repository.saveAndFlush(second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(repository.findByReference(useCase.reference()).orElseThrow().title()).isEqualTo("Von Anna");
    }

    @Test
    void historyShowsWhoChangedWhichFieldFromWhatToWhatNewestFirst() {
        UseCase useCase = register("Protokoll-Assistent", "Alter Zweck");
        UseCaseDetails changed = new UseCaseDetails("Protokoll-Assistent", useCase.details().summary(),
                "Neuer Zweck", null, useCase.details().strategicGoal(), useCase.details().category(),
                useCase.details().horizon(), null, null, useCase.details().hosting(), null, null,
                useCase.details().personalData(), useCase.details().affectedGroups(),
                useCase.details().automationLevel(), null, null, null, null, null, null);
        useCases.update(useCase.reference(), useCase.version(), changed, department.id(), "it-owner");
        useCases.changePhase(useCase.reference(), PhaseAction.START_FEASIBILITY, "");

        List<RevisionChanges> revisions = history.historyOf(UseCase.class, useCase.id(), Set.of("version",
                "createdAt", "createdBy", "changedAt", "changedBy"));

        assertThat(revisions).hasSize(3);
        assertThat(revisions).extracting(RevisionChanges::kind).containsExactly(RevisionChanges.Kind.MODIFIED,
                RevisionChanges.Kind.MODIFIED, RevisionChanges.Kind.CREATED);
        assertThat(revisions).allMatch(r -> r.username().equals("it-kihub"));
        assertThat(revisions.get(0).changes()).containsExactly(new FieldChange("phase", Phase.IDEA,
                Phase.FEASIBILITY));
        assertThat(revisions.get(1).changes()).containsExactly(new FieldChange("purpose", "Alter Zweck",
                "Neuer Zweck"));
        assertThat(revisions.get(2).changes()).extracting(FieldChange::field)
                .contains("title", "purpose", "department", "phase");
        assertThat(revisions.get(2).changes()).contains(new FieldChange("department", null, department.name()));
    }

    @Test
    void aMaterialChangeIsAnnouncedAndACosmeticOneIsNot() {
        UseCase useCase = register("Ereignis", "Alter Zweck");
        UseCase afterTitle = useCases.update(useCase.reference(), useCase.version(), UseCaseTests.details("Neu"),
                department.id(), "it-owner");
        // UseCaseTests.details has purpose "Zweck", so the purpose changed as well.
        assertThat(events.stream(UseCaseMateriallyChanged.class))
                .containsExactly(new UseCaseMateriallyChanged(useCase.reference(), Set.of("purpose")));
        events.clear();
        useCases.update(useCase.reference(), afterTitle.version(), UseCaseTests.details("Nur der Titel"),
                department.id(), "it-owner");
        assertThat(events.stream(UseCaseMateriallyChanged.class)).isEmpty();
    }
}
