package de.kiregister.dialogue.domain;

import static de.kiregister.classification.assessment.AssessmentFixtures.WOHNGELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.Verdict;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.shared.NotFoundException;
import de.kiregister.test.IntegrationTest;
import de.kiregister.test.PdfText;
import de.kiregister.test.TestRegister;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The protocol PDF of a round, read back with PDFBox: what the council and the staff council file. */
@IntegrationTest
@Import(TestRegister.class)
class ProtocolIntegrationTests {

    @Autowired
    ProtocolService protocols;

    @Autowired
    DialogueService dialogues;

    @Autowired
    TestRegister register;

    private String reference;

    private byte[] protocolOf(int round) {
        byte[][] pdf = new byte[1][];
        CurrentUser.runAs(register.user("proto-reader", Role.CAIO), Role.CAIO,
                () -> pdf[0] = protocols.pdf(protocols.of(reference, round)));
        return pdf[0];
    }

    private void decideAll(String member, Party party, Verdict verdict, String text) {
        for (DialogueItem item : dialogues.latestRound(reference).orElseThrow().itemsOf(party)) {
            CurrentUser.runAs(member, party.role(),
                    () -> dialogues.decide(item.id(), item.version(), verdict, text));
        }
    }

    @Test
    void theProtocolListsEveryItemWithItsDecisionsConditionsSignersAndTheContentVersion() throws IOException {
        String owner = register.user("proto-owner", Role.PROJECT_OWNER);
        reference = register.inDialogue("Protokoll", owner, WOHNGELD);
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> dialogues.startRound(reference));
        String pr = register.user("proto-pr", Role.PERSONALRAT);
        DialogueItem workload = dialogues.latestRound(reference).orElseThrow().itemsOf(Party.PERSONALRAT).get(1);
        CurrentUser.runAs(pr, Role.PERSONALRAT, () -> dialogues.decide(workload.id(), workload.version(),
                Verdict.QUESTION, "Wie viele Stellen? <script>alert(1)</script>"));
        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB,
                () -> dialogues.answer(workload.id(), "Keine Stelle fällt weg.", "https://intranet.example/wohngeld"));
        decideAll(pr, Party.PERSONALRAT, Verdict.APPROVE_WITH_CONDITIONS, "Schulung aller Beschäftigten vorab");
        decideAll(register.user("proto-it", Role.IT), Party.IT, Verdict.APPROVE, null);
        decideAll(register.user("proto-vw", Role.VERWALTUNG), Party.VERWALTUNG, Verdict.APPROVE, null);
        String contentVersion = dialogues.contentVersion(reference).substring(0, 12);

        byte[] pdf = protocolOf(1);

        String text = PdfText.of(pdf);
        assertThat(text).contains("Protokoll des Spezifikationsdialogs, Runde 1", reference, "Protokoll ",
                "abgeschlossen", "Hochrisiko", "Prüfpunkte: Personalrat", "Prüfpunkte: IT",
                "Prüfpunkte: Verwaltung", "Keine Leistungs- oder Verhaltenskontrolle",
                "Hochrisiko-KI am Arbeitsplatz", "Grundrechte-Folgenabschätzung (Art. 27 KI-VO)",
                "Auflagen aus dem Spezifikationsdialog", "zugestimmt mit Auflagen", "Rückfrage an den KI-Hub",
                "Keine Stelle fällt weg.", "Zeichnung", pr, "Alle Entscheidungen wurden auf dem aktuellen "
                        + "Inhaltsstand getroffen.", "Erstellt am");
        assertThat(PdfText.compact(text)).contains(PdfText.compact("Schulung aller Beschäftigten vorab"),
                contentVersion, PdfText.compact("<script>alert(1)</script>"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).contains(reference).contains("Runde 1");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
        }
    }

    @Test
    void anUnknownRoundIsNotFound() {
        String owner = register.user("proto-owner", Role.PROJECT_OWNER);
        reference = register.inDialogue("Ohne Runde", owner, WOHNGELD);
        assertThatThrownBy(() -> protocolOf(1)).isInstanceOf(NotFoundException.class);
    }
}
