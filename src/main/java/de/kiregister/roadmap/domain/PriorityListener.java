package de.kiregister.roadmap.domain;

import de.kiregister.register.UseCaseFactsChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the register's copy of the score current when a use case's facts or risk tier change. */
@Component
class PriorityListener {

    private final Prioritisation prioritisation;

    PriorityListener(Prioritisation prioritisation) {
        this.prioritisation = prioritisation;
    }

    @ApplicationModuleListener
    void on(UseCaseFactsChanged event) {
        prioritisation.recompute(event.reference());
    }
}
