package de.kiregister.classification.evaluation;

import java.util.Map;

import de.kiregister.classification.Catalogue;
import de.kiregister.classification.Classification;
import de.kiregister.classification.EvaluationResult;
import org.springframework.stereotype.Service;

/** {@link Classification} with the catalogue loaded at start-up. */
@Service
class CatalogueClassification implements Classification {

    private final Catalogue catalogue;

    CatalogueClassification(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public EvaluationResult evaluate(Map<String, ?> answers) {
        return ClassificationEvaluator.evaluate(catalogue, answers);
    }
}
