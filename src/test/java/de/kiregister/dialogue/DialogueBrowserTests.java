package de.kiregister.dialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static de.kiregister.test.Accessibility.assertNoSeriousViolations;
import static de.kiregister.test.Pages.exactName;
import static de.kiregister.test.Pages.heading;
import static de.kiregister.test.Pages.logIn;
import static de.kiregister.test.Pages.logOut;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.kiregister.test.BrowserTest;
import de.kiregister.test.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Spezifikationsdialog as its four parties use it, in a real browser on the demo register: KI-Hub starts a
 * round, the staff council works its inbox with a Rückfrage and conditions, IT and Verwaltung approve, and only
 * then may the use case go into pilot. Every page visited is checked with axe-core (WCAG 2.1 AA).
 */
@BrowserTest
class DialogueBrowserTests {

    private static final String KITA = "Prognose des Kita-Platzbedarfs";

    @LocalServerPort
    int port;

    @Test
    void fromTheFirstRoundThroughAllInboxesIntoThePilot(Page page) {
        // KI-Hub moves the demo use case into the dialogue and starts the first round.
        logIn(page, "kihub");
        page.navigate(url("/use-cases?q=Kita-Platzbedarf"));
        page.getByRole(AriaRole.LINK, exactName(KITA)).click();
        String overview = page.url();
        page.getByRole(AriaRole.BUTTON, exactName("Spezifikationsdialog beginnen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Phase wurde geändert.");
        tab(page, "Spezifikationsdialog").click();
        assertThat(page.locator("#no-round")).isVisible();
        assertNoSeriousViolations(page);
        page.locator("#start-round").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Spezifikationsdialog wurde gestartet.");
        assertThat(page.locator("#round-status")).hasText("offen");
        assertThat(page.locator("#party-PERSONALRAT")).isVisible();
        assertThat(page.locator("article.app-item")).hasCount(13);
        assertNoSeriousViolations(page);

        // Before the parties have decided, the pilot is refused with the rule.
        page.navigate(overview);
        page.getByRole(AriaRole.BUTTON, exactName("Pilot starten")).click();
        assertThat(page.locator("#phase-error")).containsText("Spezifikationsdialog (Runde 1) ist noch nicht "
                + "abgeschlossen");
        assertThat(page.locator("main .kern-badge").first()).hasText("Spezifikationsdialog");
        logOut(page);

        // The staff council finds the new items in its inbox and asks a question back, first without its text.
        logIn(page, "personalrat");
        assertThat(page.locator("#nav-inbox-count")).not().hasText("0");
        page.locator("#nav-inbox").click();
        assertThat(heading(page, 1)).hasText("Eingang");
        assertThat(kitaItems(page)).hasCount(5);
        assertThat(kitaItems(page).first()).containsText("wartet seit 0 Tagen");
        assertNoSeriousViolations(page);
        Locator workload = kitaItem(page, "Auswirkungen auf Arbeitsplätze und Arbeitsbelastung");
        workload.getByLabel("Rückfrage", new Locator.GetByLabelOptions().setExact(true)).check();
        workload.getByRole(AriaRole.BUTTON, buttonName("Entscheidung speichern")).click();
        workload = kitaItem(page, "Auswirkungen auf Arbeitsplätze und Arbeitsbelastung");
        assertThat(workload.getByRole(AriaRole.ALERT)).hasText("Bitte formulieren Sie Ihre Rückfrage an den KI-Hub.");
        assertThat(workload.getByLabel("Begründung, Auflagen oder Rückfrage")).hasAttribute("aria-invalid", "true");
        assertThat(workload.getByLabel("Rückfrage", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        assertNoSeriousViolations(page);
        workload.getByLabel("Begründung, Auflagen oder Rückfrage")
                .fill("Werden Erzieherinnen und Erzieher für die Datenerhebung zusätzlich belastet?");
        workload.getByRole(AriaRole.BUTTON, buttonName("Entscheidung speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Entscheidung wurde gespeichert.");
        assertThat(kitaItems(page)).hasCount(4);
        logOut(page);

        // KI-Hub answers the question from its inbox; the item goes back to the staff council.
        logIn(page, "kihub");
        page.locator("#nav-inbox").click();
        Locator question = page.locator("#inbox-questions article").filter(hasText(KITA));
        assertThat(question).containsText("Werden Erzieherinnen und Erzieher");
        assertNoSeriousViolations(page);
        question.getByLabel("Antwort auf die Rückfrage")
                .fill("Nein: Die Daten kommen aus dem Melderegister und der Kita-Platzvergabe, nicht aus den Kitas.");
        question.getByRole(AriaRole.BUTTON, buttonName("Antwort senden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Antwort wurde gespeichert");
        assertThat(page.locator("#inbox-questions article").filter(hasText(KITA))).hasCount(0);
        logOut(page);

        // The staff council approves with conditions, and the rest as they are.
        logIn(page, "personalrat");
        page.locator("#nav-inbox").click();
        workload = kitaItem(page, "Auswirkungen auf Arbeitsplätze und Arbeitsbelastung");
        assertThat(workload).containsText("Nein: Die Daten kommen aus dem Melderegister");
        workload.getByLabel("zustimmen mit Auflagen", new Locator.GetByLabelOptions().setExact(true)).check();
        workload.getByLabel("Begründung, Auflagen oder Rückfrage")
                .fill("Die Kitas werden über das Vorhaben informiert; eine zusätzliche Datenerhebung findet nicht statt.");
        workload.getByRole(AriaRole.BUTTON, buttonName("Entscheidung speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Entscheidung wurde gespeichert.");
        approveAll(page, 4);
        logOut(page);

        // IT approves; Verwaltung approves, the first one with the keyboard alone.
        logIn(page, "it");
        page.locator("#nav-inbox").click();
        approveAll(page, 4);
        logOut(page);
        logIn(page, "verwaltung");
        page.locator("#nav-inbox").click();
        assertThat(kitaItems(page)).hasCount(4);
        Locator first = kitaItems(page).first();
        first.getByLabel("zustimmen", new Locator.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().press("Space");
        assertThat(first.getByLabel("zustimmen", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        first.getByLabel("Begründung, Auflagen oder Rückfrage").focus();
        page.keyboard().press("Tab");
        assertThat(first.getByRole(AriaRole.BUTTON, buttonName("Entscheidung speichern"))).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Entscheidung wurde gespeichert.");
        approveAll(page, 3);
        logOut(page);

        // The round is complete, the condition is listed, and KI-Hub moves the use case into the pilot.
        logIn(page, "kihub");
        page.navigate(overview);
        tab(page, "Spezifikationsdialog").click();
        assertThat(page.locator("#round-status")).hasText("abgeschlossen");
        assertThat(page.locator("#conditions")).containsText("eine zusätzliche Datenerhebung findet nicht statt");
        Locator answered = page.locator("article.app-item").filter(hasText("Auswirkungen auf Arbeitsplätze"));
        assertThat(answered).containsText("Rückfrage an den KI-Hub von personalrat");
        assertThat(answered).containsText("zugestimmt mit Auflagen von personalrat");
        assertThat(answered).containsText("Antwort des KI-Hubs (kihub)");
        assertNoSeriousViolations(page);
        Download download = page.waitForDownload(() -> page.locator("#protocol-link").click());
        assertThat(download.suggestedFilename()).startsWith("Protokoll-Spezifikationsdialog-KI-");
        String protocol = PdfText.of(readAll(download));
        assertThat(protocol).contains(KITA).contains("abgeschlossen")
                .contains("Werden Erzieherinnen und Erzieher für die Datenerhebung zusätzlich belastet?");
        page.navigate(overview);
        page.getByRole(AriaRole.BUTTON, exactName("Pilot starten")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Phase wurde geändert.");
        assertThat(page.locator("main .kern-badge").first()).hasText("Pilot");
    }

    @Test
    void theOpenDemoRoundsFillTheInboxesAndTheTabShowsEveryState(Page page) {
        logIn(page, "verwaltung");
        page.locator("#nav-inbox").click();
        // The code assistant's second round: approvals went stale after a re-assessment.
        Locator stale = page.locator("article.app-item").filter(hasText("Code-Assistent"))
                .filter(hasText("veraltet"));
        assertThat(stale.first()).isVisible();
        assertNoSeriousViolations(page);
        logOut(page);

        logIn(page, "caio");
        assertThat(page.locator("#nav-inbox")).hasCount(0);
        page.navigate(url("/use-cases?q=Code-Assistent"));
        page.getByRole(AriaRole.LINK, exactName("Code-Assistent für Entwicklerinnen und Entwickler")).click();
        tab(page, "Spezifikationsdialog").click();
        assertThat(page.locator("#round-status")).hasText("offen");
        assertThat(page.locator("#earlier-rounds tbody tr")).hasCount(1);
        assertThat(page.locator("#earlier-rounds tbody tr")).containsText("abgelehnt");
        // Reading only: no forms for the CAIO.
        assertThat(page.getByRole(AriaRole.MAIN).locator("form")).hasCount(0);
        assertNoSeriousViolations(page);
    }

    /** ADMIN keeps the catalogue; the entry made here is deactivated again so the other journeys keep theirs. */
    @Test
    void adminKeepsTheItemCatalogue(Page page) {
        logIn(page, "admin");
        page.getByRole(AriaRole.NAVIGATION, exactName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Prüfpunktkatalog")).click();
        assertThat(heading(page, 1)).hasText("Prüfpunktkatalog des Spezifikationsdialogs");
        assertThat(page.locator("#catalogue tr").filter(hasText("PR-HIGH-RISK-26-7")))
                .containsText("nur wenn die Einstufung die Pflicht INFORM_WORKERS ergibt");
        assertNoSeriousViolations(page);

        // Without a title: refused at the field, the input kept.
        page.getByLabel("Partei").selectOption("VERWALTUNG");
        page.getByLabel("Kürzel").fill("VW-BROWSER-TEST");
        page.getByLabel("Beschreibung").fill("Ist die Finanzierung im Haushalt gesichert?");
        page.getByLabel("Position").fill("9");
        page.locator("#create-entry").click();
        assertThat(page.locator("#title-error")).hasText("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.getByLabel("Kürzel")).hasValue("VW-BROWSER-TEST");
        assertNoSeriousViolations(page);
        page.getByLabel("Titel des Prüfpunkts").fill("Finanzierung gesichert");
        page.locator("#create-entry").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Prüfpunkt wurde in den Katalog aufgenommen.");

        page.getByRole(AriaRole.LINK, exactName("Bearbeiten VW-BROWSER-TEST")).click();
        assertThat(heading(page, 1)).hasText("Prüfpunkt VW-BROWSER-TEST bearbeiten");
        assertNoSeriousViolations(page);
        page.getByLabel("Aktiv (in neuen Runden enthalten)").uncheck();
        page.locator("#save-entry").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Prüfpunkt wurde gespeichert.");
        assertThat(page.locator("#catalogue tr").filter(hasText("VW-BROWSER-TEST"))).containsText("inaktiv");
    }

    /** Approves the use case's items in the party's inbox one by one; {@code count} are expected there. */
    private void approveAll(Page page, int count) {
        for (int left = count; left > 0; left--) {
            // Retrying assertion: the inbox after the previous decision's redirect, not the page before it.
            assertThat(kitaItems(page)).hasCount(left);
            Locator item = kitaItems(page).first();
            item.getByLabel("zustimmen", new Locator.GetByLabelOptions().setExact(true)).check();
            item.getByRole(AriaRole.BUTTON, buttonName("Entscheidung speichern")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Entscheidung wurde gespeichert.");
        }
        assertThat(kitaItems(page)).hasCount(0);
    }

    private static byte[] readAll(Download download) {
        try (InputStream in = download.createReadStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Locator kitaItems(Page page) {
        return page.locator("main section[id^=inbox-] article").filter(hasText(KITA));
    }

    private static Locator kitaItem(Page page, String title) {
        return kitaItems(page).filter(hasText(title));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, exactName("Bereiche des Anwendungsfalls"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator.GetByRoleOptions buttonName(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }
}
