package de.kiregister.dialogue.domain;

import java.util.Map;
import java.util.Objects;

import de.kiregister.classification.Assessments;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.Verdict;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.Phase;
import de.kiregister.register.UseCaseDirectory;
import de.kiregister.register.UseCaseSnapshot;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Spezifikationsdialoge for the demo use cases in the dialogue phase, decided by the demo members of each party,
 * so that every state is there to look at: complete rounds (some approved with conditions) for the use cases that
 * go on to pilot and production; for the Wohngeld assistant an open round with decisions, conditions and a
 * Rückfrage waiting for KI-Hub; for the code assistant a round rejected by IT and a second one whose approvals
 * went stale after a re-assessment. Runs after the assessments (order 30) and before the register moves the use
 * cases on (order 100), which rule 3 only allows with a complete round.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("kiregister.demo.enabled")
class DialogueDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DialogueDemoData.class);

    private static final String WOHNGELD = "Wohngeld-Assistent";
    private static final String CODE_ASSISTANT = "Code-Assistent für Entwicklerinnen und Entwickler";

    /** Members of the parties as the identity demo data creates them. */
    private static final Map<Party, String> MEMBERS = Map.of(Party.PERSONALRAT, "personalrat", Party.IT, "it",
            Party.VERWALTUNG, "verwaltung");

    /** Conditions of the completed rounds, by use case title and item code. */
    private static final Map<String, Map<String, String>> CONDITIONS = Map.of(
            "KI-Chatbot auf stuttgart.de", Map.of("PR-INFORMATION",
                    "Die Beschäftigten des Bürgertelefons werden vor dem Start über Zweck und Grenzen des Chatbots "
                            + "informiert; Rückmeldungen aus dem Bürgertelefon fließen in die Redaktion ein."),
            "Intelligente Rechnungserfassung", Map.of("IT-LOGGING",
                    "Protokolle werden zwölf Monate aufbewahrt und nur anlassbezogen durch die Revision ausgewertet."));

    private final DialogueService dialogues;
    private final UseCaseDirectory useCases;
    private final Assessments assessments;

    DialogueDemoData(DialogueService dialogues, UseCaseDirectory useCases, Assessments assessments) {
        this.dialogues = dialogues;
        this.useCases = useCases;
        this.assessments = assessments;
    }

    @Override
    public void run(ApplicationArguments args) {
        var inDialogue = useCases.all().stream().filter(u -> u.phase() == Phase.SPECIFICATION_DIALOGUE).toList();
        if (inDialogue.isEmpty() || inDialogue.stream().anyMatch(u -> dialogues.latestRound(u.reference())
                .isPresent())) {
            return;
        }
        for (UseCaseSnapshot useCase : inDialogue) {
            switch (useCase.title()) {
                case WOHNGELD -> halfway(useCase.reference());
                case CODE_ASSISTANT -> rejectedThenStale(useCase.reference());
                default -> complete(useCase.reference(), CONDITIONS.getOrDefault(useCase.title(), Map.of()));
            }
        }
        log.info("Demo-Spezifikationsdialoge: {}", inDialogue.size());
    }

    private void complete(String reference, Map<String, String> conditions) {
        start(reference).sortedItems().forEach(item -> {
            String condition = item.code() == null ? null : conditions.get(item.code());
            decide(reference, item.code(), condition == null ? Verdict.APPROVE : Verdict.APPROVE_WITH_CONDITIONS,
                    condition);
        });
    }

    private void halfway(String reference) {
        start(reference);
        decide(reference, "PR-MONITORING", Verdict.APPROVE, null);
        decide(reference, "PR-WORKLOAD", Verdict.QUESTION,
                "Wie viele Vollzeitstellen der Wohngeldstelle sind betroffen, und werden frei werdende Zeiten für den "
                        + "Abbau der Rückstände oder für Stellenabbau genutzt?");
        decide(reference, "IT-SECURITY", Verdict.APPROVE_WITH_CONDITIONS,
                "Zugriff auf Antragsdaten nur über das Fachverfahren; keine Übermittlung an den Modellanbieter zu "
                        + "Trainingszwecken (vertraglich ausschließen).");
        decide(reference, "IT-HOSTING", Verdict.APPROVE, null);
        decide(reference, "VW-PURPOSE", Verdict.APPROVE, null);
        decide(reference, "VW-LEGAL", Verdict.APPROVE, null);
    }

    private void rejectedThenStale(String reference) {
        start(reference);
        decide(reference, "IT-SECURITY", Verdict.APPROVE, null);
        decide(reference, "IT-HOSTING", Verdict.REJECT,
                "Der Betrieb in einer Cloud außerhalb der EU ist für Quellcode der Stadt nicht zulässig. Bitte eine "
                        + "Variante mit Betrieb in der EU oder im eigenen Rechenzentrum vorlegen.");
        start(reference);
        decide(reference, "VW-PURPOSE", Verdict.APPROVE, null);
        decide(reference, "VW-LEGAL", Verdict.APPROVE, null);
        decide(reference, "PR-MONITORING", Verdict.APPROVE, null);
        // A re-assessment is new content: once the dialogue has heard of it (an event, right after the commit),
        // the approvals above go back to their parties as "veraltet".
        CurrentUser.runAs("kihub", Role.KI_HUB, () -> assessments.current(reference).ifPresent(current ->
                assessments.assess(reference, current.answers(), Map.of("D1",
                        "Nachbewertung: Der Anbieter bietet jetzt einen Betrieb in der EU an (Demo)."))));
    }

    private DialogueRound start(String reference) {
        CurrentUser.runAs("kihub", Role.KI_HUB, () -> dialogues.startRound(reference));
        return dialogues.latestRound(reference).orElseThrow();
    }

    /** Decides the item of the latest round as the demo member of its party; every decision raises its version. */
    private void decide(String reference, @Nullable String code, Verdict verdict, @Nullable String text) {
        DialogueItem item = dialogues.latestRound(reference).orElseThrow().sortedItems().stream()
                .filter(i -> Objects.equals(code, i.code())).findFirst().orElseThrow();
        CurrentUser.runAs(MEMBERS.get(item.party()), item.party().role(),
                () -> dialogues.decide(item.id(), item.version(), verdict, text));
    }
}
