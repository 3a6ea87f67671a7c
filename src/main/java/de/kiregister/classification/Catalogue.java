package de.kiregister.classification;

import java.util.List;
import java.util.Optional;

/**
 * One version of the rule catalogue: the law as the application applies it. Immutable; loaded from
 * {@code classification/catalogue.yaml} and validated before the application starts. A change of the law is a
 * new catalogue version, never a code change.
 *
 * @param version catalogue version stored with every assessment, e.g. {@code 2026.1}
 * @param legalBasis the legal text the catalogue encodes
 * @param questions all questions in the order they are asked
 * @param annexIII the areas and points of Annex III (the allowed H3 answers besides {@code none})
 * @param obligations the obligation catalogue, in display order
 */
public record Catalogue(String version, String legalBasis, List<Question> questions, List<AnnexIIIArea> annexIII,
        List<Obligation> obligations) {

    public Catalogue {
        questions = List.copyOf(questions);
        annexIII = List.copyOf(annexIII);
        obligations = List.copyOf(obligations);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Position of a question in asking order, or -1; orders {@code missing} and the explanation. */
    public int indexOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> questionIds() {
        return questions.stream().map(Question::id).toList();
    }

    public List<AnnexIIIPoint> annexIIIPoints() {
        return annexIII.stream().flatMap(area -> area.points().stream()).toList();
    }

    public Optional<AnnexIIIPoint> annexIIIPoint(String code) {
        return annexIIIPoints().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<Obligation> obligation(String code) {
        return obligations.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
