package de.kiregister.classification;

import de.kiregister.register.RiskTier;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating answers against a catalogue; also the JSON body of
 * {@code POST /api/classification/evaluate}.
 * <p>
 * When an answer needed on the path is missing, {@code complete} is false, {@code missing} names the questions
 * needed next (catalogue order, so the first is the next to ask) and no outcome is guessed: {@code outcome} is
 * null and there are no obligations. What the given answers already settle (practices, bases, duties, role,
 * flags) is still reported; anything they do not settle is empty or null.
 *
 * @param catalogueVersion the catalogue version that produced the result
 * @param complete whether every question needed on the path is answered
 * @param missing ids of needed but unanswered questions, in catalogue order
 * @param outcome the risk tier, null while incomplete
 * @param prohibitedPractices Art. 5 practices without exception, e.g. {@code 5(1)(f)}
 * @param highRiskBasis {@code ANNEX_I} and/or {@code ANNEX_III:<point>}
 * @param transparencyDuties ids of the Art. 50 questions that give a duty, e.g. {@code T1}
 * @param role provider or deployer; null while undetermined
 * @param automationBlocked fully automated decision without a legal basis free of discretion (GDPR Art. 22,
 *        § 35a VwVfG); null while undetermined
 * @param personalratRequired the staff council must be involved (W1); null while undetermined
 * @param obligations what follows, in catalogue order
 * @param explanation the answered questions on the path, in catalogue order
 */
public record EvaluationResult(String catalogueVersion, boolean complete, List<String> missing,
        @Nullable RiskTier outcome, List<String> prohibitedPractices, List<String> highRiskBasis,
        List<String> transparencyDuties, @Nullable AiActRole role, @Nullable Boolean automationBlocked,
        @Nullable Boolean personalratRequired, List<DerivedObligation> obligations,
        List<ExplanationStep> explanation) {

    public EvaluationResult {
        missing = List.copyOf(missing);
        prohibitedPractices = List.copyOf(prohibitedPractices);
        highRiskBasis = List.copyOf(highRiskBasis);
        transparencyDuties = List.copyOf(transparencyDuties);
        obligations = List.copyOf(obligations);
        explanation = List.copyOf(explanation);
    }
}
