package de.kiregister.classification;

import java.util.List;

/** The obligations of use cases with their tracked status, for other modules (read only). */
public interface TrackedObligations {

    /**
     * The obligations the use case's current assessment derives, in catalogue order, each with its status (open
     * unless KI-Hub recorded otherwise); empty when the use case has no assessment.
     */
    List<ObligationProgress> progressOf(String reference);
}
