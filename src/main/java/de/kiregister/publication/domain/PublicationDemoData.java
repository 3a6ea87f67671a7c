package de.kiregister.publication.domain;

import java.util.Map;

import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import de.kiregister.shared.DomainRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes a few demo use cases on the public register, through the same service and rules as KI-Hub: the
 * website chatbot and the machine translation of the website in full, invoice capture with the vendor withheld.
 * Runs after the register has moved the demo use cases to pilot and production (order 100), so the entries show
 * the phases the demo reaches; once anything is published it does nothing.
 */
@Component
@Order(110)
@ConditionalOnBooleanProperty("kiregister.demo.enabled")
class PublicationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublicationDemoData.class);

    /** Demo title to the fields withheld, with the reasons. */
    private static final Map<String, Map<PublicField, String>> PUBLISHED = Map.of(
            "KI-Chatbot auf stuttgart.de", Map.of(),
            "Maschinelle Übersetzung der Website", Map.of(),
            "Intelligente Rechnungserfassung", Map.of(PublicField.VENDOR,
                    "Der Rahmenvertrag wird derzeit neu ausgeschrieben; der Anbieter wird nach dem Zuschlag genannt."));

    private final UseCaseDirectory useCases;
    private final PublicationService publications;
    private final PublicationRepository repository;

    PublicationDemoData(UseCaseDirectory useCases, PublicationService publications,
            PublicationRepository repository) {
        this.useCases = useCases;
        this.publications = publications;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        int published = 0;
        for (UseCaseSnapshot useCase : useCases.all()) {
            Map<PublicField, String> withheld = PUBLISHED.get(useCase.title());
            if (withheld == null) {
                continue;
            }
            try {
                CurrentUser.runAs("kihub", Role.KI_HUB,
                        () -> publications.publish(useCase.reference(), 0, withheld));
                published++;
            } catch (DomainRuleViolation e) {
                // Say, the demo use case was edited and awaits a new assessment: demo data never stops the start.
                log.warn("Demo-Veröffentlichung von {} übersprungen: {}", useCase.reference(), e.messageKey());
            }
        }
        log.info("Demo-Veröffentlichungen im Transparenzregister: {}", published);
    }
}
