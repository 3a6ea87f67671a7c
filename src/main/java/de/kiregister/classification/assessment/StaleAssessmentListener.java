package de.kiregister.classification.assessment;

import de.kiregister.register.UseCaseMateriallyChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A material change of a use case (purpose, category, vendor or model, automation level, affected groups, personal
 * data, hosting) can change its legal assessment: the current assessment becomes stale and a re-assessment is
 * required (rule 1, docs/rules.md). Runs after the change committed, in its own transaction; Spring Modulith's
 * event publication registry re-delivers it if it fails.
 */
@Component
class StaleAssessmentListener {

    private static final Logger log = LoggerFactory.getLogger(StaleAssessmentListener.class);

    private final AssessmentService assessments;

    StaleAssessmentListener(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @ApplicationModuleListener
    void on(UseCaseMateriallyChanged event) {
        if (assessments.markStale(event.reference(), event.fields())) {
            log.info("Assessment of {} is stale after changes to {}", event.reference(), event.fields());
        }
    }
}
