package de.kiregister.classification.evaluation;

import static de.kiregister.classification.AiActRole.DEPLOYER;
import static de.kiregister.classification.AiActRole.PROVIDER;
import static de.kiregister.register.RiskTier.HIGH_RISK;
import static de.kiregister.register.RiskTier.HIGH_RISK_EXEMPT;
import static de.kiregister.register.RiskTier.LIMITED_RISK;
import static de.kiregister.register.RiskTier.MINIMAL_RISK;
import static de.kiregister.register.RiskTier.NOT_AI;
import static de.kiregister.register.RiskTier.OUT_OF_SCOPE;
import static de.kiregister.register.RiskTier.PROHIBITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.kiregister.classification.AiActRole;
import de.kiregister.classification.Catalogue;
import de.kiregister.classification.DerivedObligation;
import de.kiregister.classification.EvaluationResult;
import de.kiregister.classification.ExplanationStep;
import de.kiregister.classification.InvalidAnswersException;
import de.kiregister.register.RiskTier;
import de.kiregister.classification.catalogue.CatalogueLoader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision procedure (docs/rules.md, C2-C16) against the shipped catalogue, as a table: every scenario starts
 * from a minimal-risk system the city uses as deployer and changes only what the scenario is about.
 */
class ClassificationEvaluatorTests {

    private static Catalogue catalogue;

    @BeforeAll
    static void loadCatalogue() throws IOException {
        try (InputStream in = ClassificationEvaluatorTests.class.getResourceAsStream("/classification/catalogue.yaml")) {
            catalogue = CatalogueLoader.load(in, "catalogue.yaml");
        }
    }

    // Dates (docs/rules.md, C14).
    private static final String ART_5_DATE = "2025-02-02";
    private static final String OMNIBUS_ART_5_DATE = "2026-12-02";
    private static final String ANNEX_III_DATE = "2027-12-02";
    private static final String ANNEX_I_DATE = "2028-08-02";
    private static final String ART_50_DATE = "2026-08-02";

    /** Deployer duties of a public authority for an Annex III high-risk system (docs/rules.md, C13). */
    private static final String[] ANNEX_III_DEPLOYER = {"Art. 4", "Art. 26(1)", "Art. 26(2)", "Art. 26(4)",
            "Art. 26(5)", "Art. 26(6)", "Art. 26(8)", "Art. 26(9)", "Art. 26(11)", "Art. 27", "Art. 49(3)", "Art. 86",
            "Art. 35 DSGVO"};

    static Stream<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();

        // --- Art. 5: every practice, with and without its exception --------------------------------------------
        s.add(scenario("5(1)(a) manipulation").with("P-a", true)
                .expect(PROHIBITED).practices("5(1)(a)").obligationsExactly("Art. 5")
                .obligation("Art. 5", ART_5_DATE, false));
        s.add(scenario("5(1)(b) exploiting vulnerabilities").with("P-b", true).expect(PROHIBITED).practices("5(1)(b)"));
        s.add(scenario("5(1)(c) social scoring").with("P-c", true).expect(PROHIBITED).practices("5(1)(c)"));
        s.add(scenario("5(1)(d) crime prediction without exception").with("P-d", true, "P-d-x", false)
                .expect(PROHIBITED).practices("5(1)(d)"));
        s.add(scenario("5(1)(d) crime prediction supporting a fact-based human assessment")
                .with("P-d", true, "P-d-x", true).expect(MINIMAL_RISK));
        s.add(scenario("5(1)(e) facial scraping").with("P-e", true).expect(PROHIBITED).practices("5(1)(e)"));
        s.add(scenario("5(1)(f) emotion recognition at work").with("P-f", true, "P-f-x", false)
                .expect(PROHIBITED).practices("5(1)(f)").obligation("Art. 5", ART_5_DATE, false));
        s.add(scenario("5(1)(f) exception for safety: emotion recognition is Annex III 1c and Art. 50(3)")
                .with("P-f", true, "P-f-x", true, "H3", "1c", "H4", false, "H5", false, "R3", false, "T3", true)
                .expect(HIGH_RISK).basis("ANNEX_III:1c").duties("T3")
                .obligation("Art. 27", ANNEX_III_DATE, false).obligation("Art. 50(3)", ART_50_DATE, false));
        s.add(scenario("5(1)(g) biometric categorisation").with("P-g", true, "P-g-x", false)
                .expect(PROHIBITED).practices("5(1)(g)"));
        s.add(scenario("5(1)(g) labelling lawfully acquired datasets").with("P-g", true, "P-g-x", true)
                .expect(MINIMAL_RISK));
        s.add(scenario("5(1)(h) real-time remote biometric identification").with("P-h", true, "P-h-x", false)
                .expect(PROHIBITED).practices("5(1)(h)"));
        s.add(scenario("5(1)(h) narrow exception with national law").with("P-h", true, "P-h-x", true)
                .expect(MINIMAL_RISK));
        s.add(scenario("5(1)(ba) nudify, Omnibus date to verify").with("P-ba", true)
                .expect(PROHIBITED).practices("5(1)(ba)").obligation("Art. 5", OMNIBUS_ART_5_DATE, true));
        s.add(scenario("5(1)(bb) CSAM, Omnibus date to verify").with("P-bb", true)
                .expect(PROHIBITED).practices("5(1)(bb)").obligation("Art. 5", OMNIBUS_ART_5_DATE, true));
        s.add(scenario("several practices: all listed, earliest date").with("P-a", true, "P-f", true, "P-f-x", false,
                        "P-ba", true)
                .expect(PROHIBITED).practices("5(1)(a)", "5(1)(f)", "5(1)(ba)")
                .obligation("Art. 5", ART_5_DATE, false));
        s.add(scenario("prohibited at the workplace: staff council and automation rule still apply")
                .with("P-c", true, "W1", true, "A1", true, "A2", false)
                .expect(PROHIBITED).practices("5(1)(c)").personalrat(true).automationBlocked(true)
                .obligationsExactly("Art. 5"));

        // --- Annex III: every area ------------------------------------------------------------------------------
        s.add(highRisk("1a").expect(HIGH_RISK).basis("ANNEX_III:1a").obligation("Art. 27", ANNEX_III_DATE, false)
                .obligation("Art. 49(3)", ANNEX_III_DATE, false));
        s.add(highRisk("2").expect(HIGH_RISK).basis("ANNEX_III:2")
                .noObligation("Art. 27").noObligation("Art. 86").obligation("Art. 49(3)", ANNEX_III_DATE, false)
                .obligation("Art. 26(2)", ANNEX_III_DATE, false));
        s.add(highRisk("3b").expect(HIGH_RISK).basis("ANNEX_III:3b").obligationsExactly(ANNEX_III_DEPLOYER));
        s.add(highRisk("4a").with("W1", true).expect(HIGH_RISK).basis("ANNEX_III:4a").personalrat(true)
                .obligation("Art. 26(7)", ANNEX_III_DATE, false).obligation("Art. 27", ANNEX_III_DATE, false));
        s.add(highRisk("5a").expect(HIGH_RISK).basis("ANNEX_III:5a").obligationsExactly(ANNEX_III_DEPLOYER)
                .obligation("Art. 4", ART_5_DATE, true).obligation("Art. 35 DSGVO", "2018-05-25", false)
                .obligation("Art. 86", ANNEX_III_DATE, false).noObligation("Art. 26(7)"));
        s.add(highRisk("6d").expect(HIGH_RISK).basis("ANNEX_III:6d").obligation("Art. 86", ANNEX_III_DATE, false));
        s.add(highRisk("7c").expect(HIGH_RISK).basis("ANNEX_III:7c").obligation("Art. 27", ANNEX_III_DATE, false));
        s.add(highRisk("8a").expect(HIGH_RISK).basis("ANNEX_III:8a").obligation("Art. 26(11)", ANNEX_III_DATE, false));
        s.add(scenario("5d with profiling: H5 not needed").with("H3", "5d", "H4", true, "R3", false)
                .expect(HIGH_RISK).basis("ANNEX_III:5d").obligation("Art. 27", ANNEX_III_DATE, false));

        // --- Annex I: both conditions ---------------------------------------------------------------------------
        s.add(scenario("Annex I product without third-party assessment is not high-risk").with("H1", true, "H2", false)
                .expect(MINIMAL_RISK).obligationsExactly("Art. 4", "Art. 95"));
        s.add(scenario("H2 without H1 is ignored").with("H1", false, "H2", true).expect(MINIMAL_RISK));
        s.add(scenario("Annex I: deployer duties from 2.8.2028, no Annex III duties")
                .with("H1", true, "H2", true, "R3", false)
                .expect(HIGH_RISK).basis("ANNEX_I")
                .obligationsExactly("Art. 4", "Art. 26(1)", "Art. 26(2)", "Art. 26(4)", "Art. 26(5)", "Art. 26(6)",
                        "Art. 26(9)", "Art. 35 DSGVO")
                .obligation("Art. 26(1)", ANNEX_I_DATE, false).obligation("Art. 26(6)", ANNEX_I_DATE, false));
        s.add(scenario("Annex I and Annex III: the earlier Annex III date applies")
                .with("H1", true, "H2", true, "H3", "5a", "H4", true, "R3", false)
                .expect(HIGH_RISK).basis("ANNEX_I", "ANNEX_III:5a").obligation("Art. 26(1)", ANNEX_III_DATE, false)
                .obligation("Art. 27", ANNEX_III_DATE, false));
        s.add(scenario("Annex I with an exempted Annex III purpose stays high-risk")
                .with("H1", true, "H2", true, "H3", "5a", "H4", false, "H5", true, "R3", false)
                .expect(HIGH_RISK).basis("ANNEX_I").noObligation("Art. 27").noObligation("Art. 6(4)"));
        s.add(scenario("Annex I, city as provider: Art. 16 from 2.8.2028").with("R1", true, "H1", true, "H2", true)
                .expect(HIGH_RISK).basis("ANNEX_I").role(PROVIDER).obligation("Art. 16", ANNEX_I_DATE, false)
                .obligation("Art. 26(2)", ANNEX_I_DATE, false));

        // --- Art. 6(3) derogation and the profiling override -----------------------------------------------------
        s.add(scenario("Art. 6(3) exemption").with("H3", "5a", "H4", false, "H5", true)
                .expect(HIGH_RISK_EXEMPT).obligationsExactly("Art. 4", "Art. 6(4)", "Art. 49(2)")
                .obligation("Art. 6(4)", ANNEX_III_DATE, false).obligation("Art. 49(2)", ART_50_DATE, true));
        s.add(scenario("profiling overrides the Art. 6(3) exemption")
                .with("H3", "4b", "H4", true, "H5", true, "R3", false)
                .expect(HIGH_RISK).basis("ANNEX_III:4b").noObligation("Art. 6(4)"));

        // --- Art. 50: each duty alone and on top ------------------------------------------------------------------
        s.add(scenario("T1 chatbot alone").with("T1", true).expect(LIMITED_RISK).duties("T1")
                .obligationsExactly("Art. 4", "Art. 50(1)").obligation("Art. 50(1)", ART_50_DATE, false));
        s.add(scenario("T2 synthetic content alone").with("T2", true).expect(LIMITED_RISK).duties("T2")
                .obligationsExactly("Art. 4", "Art. 50(2)").obligation("Art. 50(2)", ART_50_DATE, true));
        s.add(scenario("T3 emotion recognition notice alone").with("T3", true).expect(LIMITED_RISK).duties("T3")
                .obligationsExactly("Art. 4", "Art. 50(3)"));
        s.add(scenario("T4a deep fakes alone").with("T4a", true).expect(LIMITED_RISK).duties("T4a")
                .obligationsExactly("Art. 4", "Art. 50(4)"));
        s.add(scenario("T4b public-interest text without editorial responsibility").with("T4b", true, "T4b-x", false)
                .expect(LIMITED_RISK).duties("T4b").obligationsExactly("Art. 4", "Art. 50(4)"));
        s.add(scenario("T4b with editorial responsibility: no duty").with("T4b", true, "T4b-x", true)
                .expect(MINIMAL_RISK).obligationsExactly("Art. 4", "Art. 95"));
        s.add(highRisk("5a").with("T1", true).expect(HIGH_RISK).basis("ANNEX_III:5a").duties("T1")
                .obligation("Art. 50(1)", ART_50_DATE, false).obligation("Art. 27", ANNEX_III_DATE, false));
        s.add(scenario("T2 and T4a on top of Annex I").with("H1", true, "H2", true, "R3", false, "T2", true, "T4a", true)
                .expect(HIGH_RISK).basis("ANNEX_I").duties("T2", "T4a").obligation("Art. 50(2)", ART_50_DATE, true)
                .obligation("Art. 50(4)", ART_50_DATE, false).obligation("Art. 26(1)", ANNEX_I_DATE, false));
        s.add(scenario("T3 on top of the Art. 6(3) exemption").with("H3", "1c", "H4", false, "H5", true, "T3", true)
                .expect(HIGH_RISK_EXEMPT).duties("T3")
                .obligationsExactly("Art. 4", "Art. 6(4)", "Art. 49(2)", "Art. 50(3)"));
        s.add(scenario("all Art. 50 duties at once").with("T1", true, "T2", true, "T3", true, "T4a", true, "T4b", true,
                        "T4b-x", false)
                .expect(LIMITED_RISK).duties("T1", "T2", "T3", "T4a", "T4b")
                .obligationsExactly("Art. 4", "Art. 50(1)", "Art. 50(2)", "Art. 50(3)", "Art. 50(4)"));

        // --- Roles, including Art. 25 ----------------------------------------------------------------------------
        s.add(highRisk("5a").with("R1", true).without("R3").expect(HIGH_RISK).basis("ANNEX_III:5a").role(PROVIDER)
                .obligation("Art. 16", ANNEX_III_DATE, false).obligation("Art. 27", ANNEX_III_DATE, false));
        s.add(scenario("provider that does not use the system: no deployer duties")
                .with("R1", true, "R2", false, "H3", "5a", "H4", true)
                .expect(HIGH_RISK).basis("ANNEX_III:5a").role(PROVIDER)
                .obligationsExactly("Art. 4", "Art. 16"));
        s.add(highRisk("5a").with("R3", true).expect(HIGH_RISK).basis("ANNEX_III:5a").role(PROVIDER)
                .obligation("Art. 16", ANNEX_III_DATE, false).obligation("Art. 26(1)", ANNEX_III_DATE, false));
        s.add(highRisk("7c").expect(HIGH_RISK).basis("ANNEX_III:7c").role(DEPLOYER).noObligation("Art. 16"));
        s.add(scenario("R3 is not asked without a high-risk basis").with("T1", true, "R3", true)
                .expect(LIMITED_RISK).duties("T1").role(DEPLOYER).noObligation("Art. 16"));
        s.add(scenario("own chatbot: provider of a limited-risk system").with("R1", true, "T1", true, "T2", true)
                .expect(LIMITED_RISK).role(PROVIDER).duties("T1", "T2").noObligation("Art. 16")
                .obligation("Art. 50(1)", ART_50_DATE, false));

        // --- Automated decisions and staff, for AI and non-AI -----------------------------------------------------
        s.add(scenario("AI: fully automated without legal basis is blocked").with("A1", true, "A2", false)
                .expect(MINIMAL_RISK).automationBlocked(true));
        s.add(scenario("AI: fully automated with legal basis and no discretion").with("A1", true, "A2", true)
                .expect(MINIMAL_RISK).automationBlocked(false));
        s.add(scenario("not AI: automation rule and staff council still apply")
                .with("D1", false, "A1", true, "A2", false, "W1", true)
                .expect(NOT_AI).automationBlocked(true).personalrat(true).obligationsExactly());
        s.add(scenario("not AI with legal basis").with("D1", false, "A1", true, "A2", true)
                .expect(NOT_AI).automationBlocked(false).obligationsExactly());
        s.add(scenario("minimal risk at the workplace: staff council, no Art. 26(7)").with("W1", true)
                .expect(MINIMAL_RISK).personalrat(true).noObligation("Art. 26(7)"));

        // --- AI system and scope ----------------------------------------------------------------------------------
        s.add(scenario("D1 false: not an AI system").with("D1", false).expect(NOT_AI).obligationsExactly());
        s.add(only("not AI needs only role, D1, automation and staff", "R1", false, "R2", true, "D1", false,
                "A1", false, "W1", false).expect(NOT_AI).obligationsExactly());
        s.add(scenario("D1 unsure, only human rules").with("D1", "unsure", "D1a", true).expect(NOT_AI));
        s.add(scenario("D1 unsure, no inference").with("D1", "unsure", "D1a", false, "D1b", false).expect(NOT_AI));
        s.add(scenario("D1 unsure, output influences nothing").with("D1", "unsure", "D1a", false, "D1b", true,
                "D1c", false).expect(NOT_AI));
        s.add(scenario("D1 unsure, inference that influences decisions: AI").with("D1", "unsure", "D1a", false,
                "D1b", true, "D1c", true).expect(MINIMAL_RISK).obligationsExactly("Art. 4", "Art. 95"));
        s.add(scenario("S1 Art. 2 exclusion").with("S1", true).expect(OUT_OF_SCOPE).obligationsExactly());
        s.add(only("out of scope does not need G1, P, H or T", "R1", false, "R2", true, "D1", true, "S1", true,
                "A1", false, "W1", true).expect(OUT_OF_SCOPE).personalrat(true).obligationsExactly());
        s.add(scenario("minimal risk").expect(MINIMAL_RISK).obligationsExactly("Art. 4", "Art. 95")
                .obligation("Art. 4", ART_5_DATE, true).obligation("Art. 95", ART_50_DATE, false));
        s.add(scenario("GPAI-based minimal risk").with("G1", true).expect(MINIMAL_RISK)
                .obligationsExactly("Art. 4", "Art. 95"));

        // --- Incomplete answers: no outcome, missing names the next question(s) ---------------------------------
        // The role stays open (null) while R3 may still be needed: Art. 25 can make the city provider.
        s.add(only("nothing answered").incomplete("R1", "R2", "D1", "A1", "W1").role(null)
                .automationBlocked(null).personalrat(null));
        s.add(scenario("S1 missing").without("S1").incomplete("S1").role(null));
        s.add(scenario("D1 unsure, D1a missing").with("D1", "unsure").incomplete("D1a").role(null));
        s.add(scenario("Art. 5 answer missing: no high-risk or transparency questions yet").without("P-e")
                .incomplete("P-e").role(null));
        s.add(scenario("exception answer missing").with("P-d", true).incomplete("P-d-x").role(null));
        s.add(scenario("H2 missing after H1").with("H1", true).incomplete("H2").role(null));
        s.add(scenario("H3 missing").without("H3").incomplete("H3").role(null));
        s.add(scenario("H4 missing").with("H3", "5a").incomplete("H4").role(null));
        s.add(scenario("H5 missing").with("H3", "5a", "H4", false).incomplete("H5").role(null));
        s.add(scenario("R3 missing on a high-risk path").with("H3", "5a", "H4", true).incomplete("R3")
                .basis("ANNEX_III:5a").role(null));
        s.add(scenario("T4b-x missing").with("T4b", true).incomplete("T4b-x"));
        s.add(scenario("A2 missing").with("A1", true).incomplete("A2").automationBlocked(null));
        s.add(scenario("several missing, in catalogue order").without("W1", "T3", "R2").incomplete("R2", "T3", "W1")
                .personalrat(null));
        s.add(scenario("a known practice is reported although other answers are missing")
                .with("P-f", true, "P-f-x", false).without("P-a").incomplete("P-a").practices("5(1)(f)")
                .role(null));
        return s.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void evaluates(Scenario scenario) {
        EvaluationResult result = ClassificationEvaluator.evaluate(catalogue, scenario.answers);

        assertThat(result.catalogueVersion()).isEqualTo("2026.1");
        assertThat(result.complete()).as("complete").isEqualTo(scenario.missing.isEmpty());
        assertThat(result.missing()).as("missing").containsExactlyElementsOf(scenario.missing);
        assertThat(result.outcome()).as("outcome").isEqualTo(scenario.outcome);
        assertThat(result.prohibitedPractices()).as("practices").containsExactlyElementsOf(scenario.practices);
        assertThat(result.highRiskBasis()).as("basis").containsExactlyElementsOf(scenario.basis);
        assertThat(result.transparencyDuties()).as("duties").containsExactlyElementsOf(scenario.duties);
        assertThat(result.role()).as("role").isEqualTo(scenario.role);
        assertThat(result.automationBlocked()).as("automationBlocked").isEqualTo(scenario.automationBlocked);
        assertThat(result.personalratRequired()).as("personalratRequired").isEqualTo(scenario.personalrat);

        Map<String, DerivedObligation> byArticle = new HashMap<>();
        result.obligations().forEach(o -> byArticle.put(o.article(), o));
        if (scenario.exactArticles != null) {
            assertThat(result.obligations()).as("obligations").extracting(DerivedObligation::article)
                    .containsExactlyInAnyOrder(scenario.exactArticles);
        }
        scenario.expectedObligations.forEach((article, expected) -> {
            assertThat(byArticle).as("obligation " + article).containsKey(article);
            assertThat(byArticle.get(article).applicableFrom()).as(article + " applicableFrom")
                    .isEqualTo(expected.date());
            assertThat(byArticle.get(article).verify()).as(article + " verify").isEqualTo(expected.verify());
        });
        scenario.absentObligations.forEach(article ->
                assertThat(byArticle).as("obligation " + article + " absent").doesNotContainKey(article));
        if (!result.complete()) {
            assertThat(result.obligations()).as("no obligations while incomplete").isEmpty();
        }
        // Every answered question on the path is explained, in catalogue order, with a reference and an effect.
        assertThat(result.explanation()).allSatisfy(step -> {
            assertThat(step.answer()).isEqualTo(scenario.answers.get(step.question()));
            assertThat(step.reference()).isNotBlank();
            assertThat(step.effect()).isNotBlank().doesNotContain("{");
        });
        assertThat(result.explanation()).extracting(step -> catalogue.indexOf(step.question())).isSorted();
    }

    @Test
    void hasAtLeastFortyScenarios() {
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void explainsTheAnnexIIIPointWithItsReferenceAndLabel() {
        EvaluationResult result = ClassificationEvaluator.evaluate(catalogue,
                highRisk("5a").answers);
        ExplanationStep purpose = result.explanation().stream().filter(s -> s.question().equals("H3")).findFirst()
                .orElseThrow();
        assertThat(purpose.answer()).isEqualTo("5a");
        assertThat(purpose.reference()).isEqualTo("Art. 6(2), Annex III 5(a)");
        assertThat(purpose.effect()).contains("5a").contains("Wohngeld");
    }

    @Test
    void explainsOnlyTheQuestionsOnThePath() {
        EvaluationResult result = ClassificationEvaluator.evaluate(catalogue, scenario("x").with("D1", false).answers);
        // The base answers to P, H and T questions are ignored after NOT_AI.
        assertThat(result.explanation()).extracting(ExplanationStep::question)
                .containsExactly("R1", "R2", "D1", "A1", "W1");
    }

    @Test
    void nullAnswersCountAsNotAnswered() {
        Map<String, @Nullable Object> answers = new HashMap<>(scenario("x").answers);
        answers.put("S1", null);
        EvaluationResult result = ClassificationEvaluator.evaluate(catalogue, answers);
        assertThat(result.complete()).isFalse();
        assertThat(result.missing()).containsExactly("S1");
    }

    @Test
    void isPure() {
        Map<String, Object> answers = highRisk("4a").with("W1", true, "T1", true).answers;
        assertThat(ClassificationEvaluator.evaluate(catalogue, answers))
                .isEqualTo(ClassificationEvaluator.evaluate(catalogue, Map.copyOf(answers)));
    }

    @Test
    void rejectsUnknownQuestionIds() {
        assertThatThrownBy(() -> ClassificationEvaluator.evaluate(catalogue, Map.of("X9", true)))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.question()).isEqualTo("X9");
                        assertThat(error.message()).startsWith("Unbekannte Frage \"X9\"").contains("R1, R2, D1");
                    });
                });
    }

    @Test
    void rejectsValuesTheQuestionDoesNotAllow() {
        assertThatThrownBy(() -> ClassificationEvaluator.evaluate(catalogue, Map.of("P-f", "yes")))
                .hasMessage("Ungültige Antwort \"yes\" für Frage P-f: erlaubt sind true oder false.");
        assertThatThrownBy(() -> ClassificationEvaluator.evaluate(catalogue, Map.of("S1", "unsure")))
                .hasMessage("Ungültige Antwort \"unsure\" für Frage S1: erlaubt sind true oder false "
                        + "(\"unsure\" ist nur bei D1 zulässig).");
        assertThatThrownBy(() -> ClassificationEvaluator.evaluate(catalogue, Map.of("D1", "maybe")))
                .hasMessage("Ungültige Antwort \"maybe\" für Frage D1: erlaubt sind true, false oder \"unsure\".");
        assertThatThrownBy(() -> ClassificationEvaluator.evaluate(catalogue, Map.of("H3", "9z")))
                .hasMessageStartingWith("Ungültige Antwort \"9z\" für Frage H3: erlaubt ist einer der Werte 1a, 1b")
                .hasMessageEndingWith("8a, 8b, none.");
        assertThatThrownBy(() -> ClassificationEvaluator.evaluate(catalogue, Map.of("H3", true)))
                .hasMessageContaining("für Frage H3");
        assertThatThrownBy(() -> ClassificationEvaluator.evaluate(catalogue, Map.of("A1", "true")))
                .hasMessageContaining("JSON-Wahrheitswert");
        assertThatThrownBy(() -> ClassificationEvaluator.evaluate(catalogue, Map.of("W1", 1)))
                .hasMessage("Ungültige Antwort 1 für Frage W1: erlaubt sind true oder false.");
    }

    @Test
    void reportsEveryInvalidAnswerAtOnce() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("P-f", "yes");
        answers.put("Q7", true);
        assertThatThrownBy(() -> ClassificationEvaluator.evaluate(catalogue, answers))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .extracting(InvalidAnswersException.AnswerError::question).containsExactly("P-f", "Q7"));
    }

    // --- scenario table support ---------------------------------------------------------------------------------

    /** A minimal-risk AI system the city uses as deployer: every question on that path answered. */
    private static Map<String, Object> base() {
        Map<String, Object> answers = new LinkedHashMap<>();
        put(answers, "R1", false, "R2", true, "D1", true, "S1", false,
                "P-a", false, "P-b", false, "P-c", false, "P-d", false, "P-e", false, "P-f", false, "P-g", false,
                "P-h", false, "P-ba", false, "P-bb", false,
                "H1", false, "H3", "none",
                "T1", false, "T2", false, "T3", false, "T4a", false, "T4b", false,
                "G1", false, "A1", false, "W1", false);
        return answers;
    }

    private static Scenario scenario(String name) {
        return new Scenario(name, base());
    }

    private static Scenario only(String name, Object... answers) {
        Scenario scenario = new Scenario(name, new LinkedHashMap<>());
        return scenario.with(answers);
    }

    /** An Annex III high-risk system (no profiling, no exemption), city as deployer without Art. 25. */
    private static Scenario highRisk(String point) {
        return scenario("Annex III " + point).with("H3", point, "H4", false, "H5", false, "R3", false);
    }

    private static void put(Map<String, Object> answers, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((String) pairs[i], pairs[i + 1]);
        }
    }

    private record ExpectedObligation(LocalDate date, boolean verify) {
    }

    static final class Scenario {

        final String name;
        final Map<String, Object> answers;
        List<String> missing = List.of();
        @Nullable RiskTier outcome;
        List<String> practices = List.of();
        List<String> basis = List.of();
        List<String> duties = List.of();
        @Nullable AiActRole role = DEPLOYER;
        @Nullable Boolean automationBlocked = false;
        @Nullable Boolean personalrat = false;
        String @Nullable [] exactArticles;
        final Map<String, ExpectedObligation> expectedObligations = new LinkedHashMap<>();
        final List<String> absentObligations = new ArrayList<>();

        Scenario(String name, Map<String, Object> answers) {
            this.name = name;
            this.answers = answers;
        }

        Scenario with(Object... pairs) {
            put(answers, pairs);
            return this;
        }

        Scenario without(String... ids) {
            Arrays.stream(ids).forEach(answers::remove);
            return this;
        }

        Scenario expect(RiskTier expected) {
            outcome = expected;
            return this;
        }

        Scenario incomplete(String... missingIds) {
            outcome = null;
            missing = List.of(missingIds);
            return this;
        }

        Scenario practices(String... values) {
            practices = List.of(values);
            return this;
        }

        Scenario basis(String... values) {
            basis = List.of(values);
            return this;
        }

        Scenario duties(String... values) {
            duties = List.of(values);
            return this;
        }

        Scenario role(@Nullable AiActRole value) {
            role = value;
            return this;
        }

        Scenario automationBlocked(@Nullable Boolean value) {
            automationBlocked = value;
            return this;
        }

        Scenario personalrat(@Nullable Boolean value) {
            personalrat = value;
            return this;
        }

        Scenario obligationsExactly(String... articles) {
            exactArticles = articles;
            return this;
        }

        Scenario obligation(String article, String applicableFrom, boolean verify) {
            expectedObligations.put(article, new ExpectedObligation(LocalDate.parse(applicableFrom), verify));
            return this;
        }

        Scenario noObligation(String article) {
            absentObligations.add(article);
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
