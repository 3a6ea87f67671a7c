package de.kiregister.classification.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.kiregister.classification.Assessments;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.Phase;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Assesses the demo use cases consistently with the law (the website chatbot {@code LIMITED_RISK} via Art. 50(1),
 * the Wohngeld assistant {@code HIGH_RISK} via Annex III 5(a), invoice capture {@code MINIMAL_RISK}); ideas stay
 * unassessed, as they would be in reality. Runs after the register's demo data and before its use cases move to
 * pilot and production, which rule 1 only allows with a current assessment.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("kiregister.demo.enabled")
class ClassificationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClassificationDemoData.class);

    /** Answers that differ from "nothing applies", by demo title. */
    private static final Map<String, Map<String, Object>> SPECIFICS = Map.ofEntries(
            Map.entry("KI-Chatbot auf stuttgart.de", Map.of("T1", true, "G1", true)),
            Map.entry("Live-Call-Translator im Bürgerbüro", Map.of("T1", true, "W1", true)),
            Map.entry("GovRadar: Analyse von Ausschreibungsunterlagen", Map.of("G1", true, "W1", true)),
            Map.entry("Code-Assistent für Entwicklerinnen und Entwickler", Map.of("G1", true, "W1", true)),
            Map.entry("Automatisierte Protokollerstellung", Map.of("G1", true, "W1", true)),
            Map.entry("Intelligente Rechnungserfassung", Map.of("W1", true)),
            Map.entry("Wohngeld-Assistent", Map.of("H3", "5a", "H4", false, "H5", false, "R3", false, "G1", true,
                    "W1", true)),
            Map.entry("Maschinelle Übersetzung der Website", Map.of("T2", true)),
            Map.entry("Digitaler Assistent für Geflüchtete", Map.of("T1", true, "G1", true)),
            Map.entry("KI-Assistent für Beschäftigte", Map.of("T1", true, "T2", true, "G1", true, "W1", true)),
            Map.entry("Klassifikation des Posteingangs", Map.of("W1", true)),
            Map.entry("Vorauswahl von Bewerbungen", Map.of("H3", "4a", "H4", true, "R3", false, "W1", true,
                    "A1", true, "A2", false)),
            Map.entry("CovBot am Bürgertelefon", Map.of("T1", true)));

    private final UseCaseDirectory useCases;
    private final Assessments assessments;

    ClassificationDemoData(UseCaseDirectory useCases, Assessments assessments) {
        this.useCases = useCases;
        this.assessments = assessments;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<UseCaseSnapshot> all = useCases.all();
        if (all.stream().anyMatch(u -> assessments.current(u.reference()).isPresent())) {
            return;
        }
        List<UseCaseSnapshot> assessed = all.stream().filter(u -> u.phase() != Phase.IDEA).toList();
        CurrentUser.runAs("kihub", Role.KI_HUB, () -> assessed.forEach(useCase -> assessments.assess(
                useCase.reference(), answers(useCase.title()),
                Map.of("D1", "Das System leitet seine Ausgaben aus Eingaben ab (Demo-Einstufung)."))));
        log.info("Demo-Einstufungen nach der KI-Verordnung: {}", assessed.size());
    }

    static Map<String, Object> answers(String title) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("R1", false);
        answers.put("R2", true);
        answers.put("D1", true);
        answers.put("S1", false);
        for (String practice : List.of("P-a", "P-b", "P-c", "P-d", "P-e", "P-f", "P-g", "P-h", "P-ba", "P-bb")) {
            answers.put(practice, false);
        }
        answers.put("H1", false);
        answers.put("H3", "none");
        for (String duty : List.of("T1", "T2", "T3", "T4a", "T4b")) {
            answers.put(duty, false);
        }
        answers.put("G1", false);
        answers.put("A1", false);
        answers.put("W1", false);
        answers.putAll(SPECIFICS.getOrDefault(title, Map.of()));
        return answers;
    }
}
