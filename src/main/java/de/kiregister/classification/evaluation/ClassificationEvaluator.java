package de.kiregister.classification.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import de.kiregister.classification.AiActRole;
import de.kiregister.classification.AnnexIIIPoint;
import de.kiregister.classification.Catalogue;
import de.kiregister.classification.DerivedObligation;
import de.kiregister.classification.EvaluationResult;
import de.kiregister.classification.ExplanationStep;
import de.kiregister.classification.Facts;
import de.kiregister.classification.InvalidAnswersException;
import de.kiregister.classification.Obligation;
import de.kiregister.classification.ObligationRule;
import de.kiregister.register.RiskTier;
import de.kiregister.classification.Question;
import de.kiregister.classification.QuestionGroup;
import de.kiregister.classification.QuestionIds;
import org.jspecify.annotations.Nullable;

/**
 * The decision procedure (docs/rules.md, C2) as a pure function: same catalogue and answers, same result; no
 * Spring, no clock, no database. The order of the steps is the structure of the Act and lives here; everything
 * that changes with the law (questions, practices, duties, Annex III points, obligations, dates) comes from the
 * {@link Catalogue}.
 * <p>
 * Steps: role (R1, R2) - AI system (D1, or D1a-D1c when unsure) - Art. 2 scope (S1) - Art. 5 practices with their
 * exceptions - Annex I (H1, H2) and Annex III (H3, profiling H4 before the Art. 6(3) derogation H5) - Art. 25 (R3,
 * only when there is a high-risk basis and the city is not already provider) - Art. 50 duties (stack on any tier)
 * - GPAI (G1) - automated decisions (A1, A2) and staff (W1), which apply to every system, AI or not.
 */
public final class ClassificationEvaluator {

    private ClassificationEvaluator() {
    }

    /**
     * @param answers question id to {@code Boolean}, {@code "unsure"} (D1) or an H3 choice; {@code null} values
     *        count as not answered
     * @throws InvalidAnswersException when an id is unknown or a value is not allowed
     */
    public static EvaluationResult evaluate(Catalogue catalogue, Map<String, ?> answers) {
        return new Walk(catalogue, AnswerValidator.validate(catalogue, answers)).run();
    }

    /** Tri-state result of the Annex III step. */
    private enum AnnexIII { NONE, HIGH_RISK, EXEMPT, UNKNOWN }

    /** One evaluation: the state of walking the path. Never shared, so the function stays pure. */
    private static final class Walk {

        private final Catalogue catalogue;
        private final Map<String, Object> answers;
        private final Set<String> exceptionQuestions = new HashSet<>();
        private final Set<String> missing = new HashSet<>();
        private final List<ExplanationStep> steps = new ArrayList<>();
        private final List<String> practices = new ArrayList<>();
        private final List<String> basis = new ArrayList<>();
        private final List<String> duties = new ArrayList<>();
        private @Nullable Boolean r3;
        /** Whether we know R3 is answered or not needed; until then the role cannot be DEPLOYER. */
        private boolean r3Settled;

        Walk(Catalogue catalogue, Map<String, Object> answers) {
            this.catalogue = catalogue;
            this.answers = answers;
            catalogue.questions().stream().map(Question::exception).filter(Objects::nonNull)
                    .forEach(exceptionQuestions::add);
        }

        EvaluationResult run() {
            Boolean r1 = askBoolean(QuestionIds.R1);
            Boolean r2 = askBoolean(QuestionIds.R2);
            if (Boolean.TRUE.equals(r1)) {
                r3Settled = true; // already provider; Art. 25 adds nothing
            }
            RiskTier outcome = null;
            Boolean ai = aiSystem();
            if (Boolean.FALSE.equals(ai)) {
                outcome = RiskTier.NOT_AI;
            } else if (Boolean.TRUE.equals(ai)) {
                Boolean excluded = askBoolean(QuestionIds.S1);
                if (Boolean.TRUE.equals(excluded)) {
                    outcome = RiskTier.OUT_OF_SCOPE;
                } else if (Boolean.FALSE.equals(excluded)) {
                    askBoolean(QuestionIds.G1);
                    outcome = inScope(r1);
                }
            }
            if (outcome == RiskTier.NOT_AI || outcome == RiskTier.OUT_OF_SCOPE || outcome == RiskTier.PROHIBITED) {
                r3Settled = true;
            }

            // GDPR Art. 22 / § 35a VwVfG and the staff council apply to every system, AI or not.
            Boolean automationBlocked = null;
            Boolean automated = askBoolean(QuestionIds.A1);
            if (Boolean.FALSE.equals(automated)) {
                automationBlocked = false;
            } else if (Boolean.TRUE.equals(automated)) {
                Boolean permitted = askBoolean(QuestionIds.A2);
                automationBlocked = permitted == null ? null : !permitted;
            }
            Boolean workplace = askBoolean(QuestionIds.W1);

            AiActRole role = null;
            if (Boolean.TRUE.equals(r1) || Boolean.TRUE.equals(r3)) {
                role = AiActRole.PROVIDER;
            } else if (Boolean.FALSE.equals(r1) && r3Settled) {
                role = AiActRole.DEPLOYER;
            }

            boolean complete = missing.isEmpty();
            List<DerivedObligation> obligations = List.of();
            if (complete) {
                // Every branch was decided, so outcome, role and flags are known.
                Set<String> facts = facts(outcome, role, Boolean.TRUE.equals(r2), workplace, automationBlocked);
                obligations = obligations(facts);
            } else {
                outcome = null; // no guessing while a needed answer is missing
            }
            Comparator<String> catalogueOrder = Comparator.comparingInt(catalogue::indexOf);
            return new EvaluationResult(catalogue.version(), complete,
                    missing.stream().sorted(catalogueOrder).toList(), outcome, practices, basis, duties, role,
                    automationBlocked, workplace, obligations,
                    steps.stream().sorted(Comparator.comparing(ExplanationStep::question, catalogueOrder)).toList());
        }

        /** D1, and the three checks of the Dutch decision aid when unsure. Null while undecided. */
        private @Nullable Boolean aiSystem() {
            Object infers = ask(QuestionIds.D1);
            if (infers == null || infers instanceof Boolean) {
                return (Boolean) infers;
            }
            Boolean onlyHumanRules = askBoolean(QuestionIds.D1A);
            if (onlyHumanRules == null) {
                return null;
            }
            if (onlyHumanRules) {
                return false;
            }
            Boolean inference = askBoolean(QuestionIds.D1B);
            if (inference == null || !inference) {
                return inference;
            }
            return askBoolean(QuestionIds.D1C);
        }

        /** Art. 5, Art. 6, Art. 25 and Art. 50 for an AI system in scope. Null while undecided. */
        private @Nullable RiskTier inScope(@Nullable Boolean r1) {
            // One established practice would settle PROHIBITED already, but the dossier must name every practice
            // the system performs, so all Art. 5 questions stay needed.
            boolean practicesDecided = collect(QuestionGroup.PROHIBITED_PRACTICE, practices, Question::practice);
            if (!practicesDecided) {
                return null;
            }
            if (!practices.isEmpty()) {
                return RiskTier.PROHIBITED; // must not be deployed: high-risk and transparency questions are moot
            }
            Boolean annexI = annexI();
            AnnexIII annexIII = annexIII();
            if (!basis.isEmpty()) {
                if (Boolean.FALSE.equals(r1)) {
                    r3 = askBoolean(QuestionIds.R3);
                    r3Settled = r3 != null;
                }
            } else if (annexI != null && annexIII != AnnexIII.UNKNOWN) {
                r3Settled = true; // no high-risk basis: Art. 25(1) cannot make the city provider
            }
            // Art. 50(6): transparency duties add to whatever tier applies.
            boolean dutiesDecided = collect(QuestionGroup.TRANSPARENCY, duties, Question::id);
            if (annexI == null || annexIII == AnnexIII.UNKNOWN || !dutiesDecided) {
                return null;
            }
            if (!basis.isEmpty()) {
                return RiskTier.HIGH_RISK;
            }
            if (annexIII == AnnexIII.EXEMPT) {
                return RiskTier.HIGH_RISK_EXEMPT;
            }
            return duties.isEmpty() ? RiskTier.MINIMAL_RISK : RiskTier.LIMITED_RISK;
        }

        /**
         * Asks every question of the group that is not itself an exception; a {@code true} answer counts unless
         * its exception question is answered {@code true}. Returns whether every needed answer was given.
         */
        private boolean collect(QuestionGroup group, List<String> found,
                Function<Question, @Nullable String> name) {
            boolean decided = true;
            for (Question q : catalogue.questions()) {
                if (q.group() != group || exceptionQuestions.contains(q.id())) {
                    continue;
                }
                Boolean applies = askBoolean(q.id());
                if (applies == null) {
                    decided = false;
                    continue;
                }
                if (!applies) {
                    continue;
                }
                if (q.exception() != null) {
                    Boolean excepted = askBoolean(q.exception());
                    if (excepted == null) {
                        decided = false;
                        continue;
                    }
                    if (excepted) {
                        continue;
                    }
                }
                String value = name.apply(q);
                if (value != null) {
                    found.add(value);
                }
            }
            return decided;
        }

        /** Art. 6(1): both conditions, product/safety component (H1) and third-party assessment (H2). */
        private @Nullable Boolean annexI() {
            Boolean product = askBoolean(QuestionIds.H1);
            if (product == null || !product) {
                return product;
            }
            Boolean thirdParty = askBoolean(QuestionIds.H2);
            if (Boolean.TRUE.equals(thirdParty)) {
                basis.add("ANNEX_I");
            }
            return thirdParty;
        }

        /** Art. 6(2) and (3): profiling is checked before the derogation and overrides it (docs/rules.md, C7). */
        private AnnexIII annexIII() {
            Object purpose = ask(QuestionIds.H3);
            if (purpose == null) {
                return AnnexIII.UNKNOWN;
            }
            if (Question.NONE.equals(purpose)) {
                return AnnexIII.NONE;
            }
            String highRisk = Facts.ANNEX_III_PREFIX + purpose;
            Boolean profiling = askBoolean(QuestionIds.H4);
            if (profiling == null) {
                return AnnexIII.UNKNOWN;
            }
            if (profiling) {
                basis.add(highRisk);
                return AnnexIII.HIGH_RISK;
            }
            Boolean derogation = askBoolean(QuestionIds.H5);
            if (derogation == null) {
                return AnnexIII.UNKNOWN;
            }
            if (derogation) {
                return AnnexIII.EXEMPT;
            }
            basis.add(highRisk);
            return AnnexIII.HIGH_RISK;
        }

        private Set<String> facts(@Nullable RiskTier outcome, @Nullable AiActRole role, boolean usesItself,
                @Nullable Boolean workplace, @Nullable Boolean automationBlocked) {
            Set<String> facts = new HashSet<>();
            if (outcome == RiskTier.HIGH_RISK || outcome == RiskTier.HIGH_RISK_EXEMPT
                    || outcome == RiskTier.LIMITED_RISK || outcome == RiskTier.MINIMAL_RISK) {
                facts.add(Facts.AI_SYSTEM);
            }
            if (outcome != null) {
                switch (outcome) {
                    case PROHIBITED -> facts.add(Facts.PROHIBITED);
                    case HIGH_RISK -> facts.add(Facts.HIGH_RISK);
                    case HIGH_RISK_EXEMPT -> facts.add(Facts.HIGH_RISK_EXEMPT);
                    case LIMITED_RISK -> facts.add(Facts.LIMITED_RISK);
                    case MINIMAL_RISK -> facts.add(Facts.MINIMAL_RISK);
                    case NOT_AI, OUT_OF_SCOPE -> { }
                }
            }
            practices.forEach(p -> facts.add(Facts.PRACTICE_PREFIX + p));
            for (String b : basis) {
                if (b.startsWith(Facts.ANNEX_III_PREFIX)) {
                    facts.add(Facts.HIGH_RISK_ANNEX_III);
                    facts.add(b);
                } else {
                    facts.add(Facts.HIGH_RISK_ANNEX_I);
                }
            }
            duties.forEach(d -> facts.add(Facts.TRANSPARENCY_PREFIX + d));
            if (role == AiActRole.PROVIDER) {
                facts.add(Facts.PROVIDER);
            }
            // A provider that also uses the system itself (R2) carries the deployer duties as well.
            if (role == AiActRole.DEPLOYER || usesItself) {
                facts.add(Facts.DEPLOYER);
            }
            if (Boolean.TRUE.equals(workplace)) {
                facts.add(Facts.WORKPLACE);
            }
            if (Boolean.TRUE.equals(answers.get(QuestionIds.G1))) {
                facts.add(Facts.GPAI);
            }
            if (Boolean.TRUE.equals(automationBlocked)) {
                facts.add(Facts.AUTOMATION_BLOCKED);
            }
            return facts;
        }

        /** Every catalogue obligation with a matching rule; the earliest matching date applies. */
        private List<DerivedObligation> obligations(Set<String> facts) {
            List<DerivedObligation> result = new ArrayList<>();
            for (Obligation obligation : catalogue.obligations()) {
                ObligationRule earliest = null;
                for (ObligationRule rule : obligation.rules()) {
                    if (rule.matches(facts) && (earliest == null
                            || rule.applicableFrom().isBefore(earliest.applicableFrom()))) {
                        earliest = rule;
                    }
                }
                if (earliest != null) {
                    LocalDate from = earliest.applicableFrom();
                    result.add(new DerivedObligation(obligation.code(), obligation.article(), obligation.title(),
                            from, obligation.verify() || earliest.verify()));
                }
            }
            return result;
        }

        private @Nullable Boolean askBoolean(String id) {
            return (Boolean) ask(id);
        }

        /** The question is needed on the path: its answer, or null after noting it as missing. */
        private @Nullable Object ask(String id) {
            Object answer = answers.get(id);
            if (answer == null) {
                missing.add(id);
                return null;
            }
            steps.add(explain(catalogue.question(id).orElseThrow(), answer));
            return answer;
        }

        private ExplanationStep explain(Question question, Object answer) {
            String value = String.valueOf(answer);
            String reference = question.reference();
            String label = "";
            AnnexIIIPoint point = catalogue.annexIIIPoint(value).orElse(null);
            if (point != null && question.choices().contains(value)) {
                reference = reference + ", " + point.reference();
                label = point.label();
            }
            String effect = question.effects().get(value);
            if (effect == null) {
                effect = question.effects().getOrDefault("*", "").replace("{answer}", value).replace("{label}", label);
            }
            return new ExplanationStep(question.id(), answer, reference, effect);
        }
    }
}
