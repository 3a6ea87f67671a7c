package de.kiregister.dialogue.domain;

import de.kiregister.classification.AssessmentRecorded;
import de.kiregister.register.UseCaseMateriallyChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Decisions are bound to what was reviewed: after a material change of the use case or a new assessment, the
 * approvals made on the earlier content go back to their parties, and items the new assessment requires are added.
 * Runs after the change committed, asynchronously; the event publication registry keeps an event whose handling
 * failed. Not one transaction for the whole listener (unlike {@code @ApplicationModuleListener}): a refresh that
 * lost a race against another one (say, a material change and the re-assessment it caused) is simply run again in
 * a fresh transaction, since it only brings the round in line with the current content.
 */
@Component
class DialogueContentListener {

    private static final Logger log = LoggerFactory.getLogger(DialogueContentListener.class);
    private static final int ATTEMPTS = 3;

    private final DialogueService dialogues;

    DialogueContentListener(DialogueService dialogues) {
        this.dialogues = dialogues;
    }

    @Async
    @TransactionalEventListener
    void on(UseCaseMateriallyChanged event) {
        refresh(event.reference());
    }

    @Async
    @TransactionalEventListener
    void on(AssessmentRecorded event) {
        refresh(event.reference());
    }

    private void refresh(String reference) {
        for (int attempt = 1; ; attempt++) {
            try {
                dialogues.refresh(reference);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Dialogue refresh of {} raced another change; attempt {}", reference, attempt + 1);
            }
        }
    }
}
