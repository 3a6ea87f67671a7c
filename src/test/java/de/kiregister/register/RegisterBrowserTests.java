package de.kiregister.register;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.kiregister.test.Accessibility.assertNoSeriousViolations;
import static de.kiregister.test.Pages.DEMO_PASSWORD;
import static de.kiregister.test.Pages.exactName;
import static de.kiregister.test.Pages.heading;
import static de.kiregister.test.Pages.linkName;
import static de.kiregister.test.Pages.logIn;
import static de.kiregister.test.Pages.navigation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Year;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import de.kiregister.test.BrowserTest;
import de.kiregister.test.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register as people use it, in a real browser: German texts, htmx search, lifecycle, permissions, keyboard
 * operation, and an axe-core WCAG 2.1 AA check of every page visited.
 */
@BrowserTest
class RegisterBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void kiHubRegistersFindsEditsAndTracesAUseCase(Page page) {
        String token = randomWord();
        String title = "Übersetzung von Bescheiden " + token;
        String oldPurpose = "Bürgerinnen und Bürger verstehen ihre Bescheide in ihrer Sprache.";
        String newPurpose = "Bescheide werden in zwölf Sprachen bereitgestellt, geprüft vom Bürgerbüro.";

        logIn(page, "kihub");
        navigation(page).getByRole(AriaRole.LINK, linkName("Neuer Anwendungsfall")).click();
        assertThat(page).hasURL(url("/use-cases/new"));
        assertThat(heading(page, 1)).hasText("Neuen Anwendungsfall erfassen");
        assertNoSeriousViolations(page);

        // Everything but the title: rejected with the German message at the title field, nothing stored.
        page.getByLabel("Kurzbeschreibung").fill("Bescheide werden maschinell übersetzt und von Menschen geprüft.");
        page.getByLabel("Zweck").fill(oldPurpose);
        page.getByLabel("Fachamt").selectOption("Sozialamt");
        page.getByLabel("Verantwortlich").selectOption("Olga Berger (Projektleitung)");
        page.getByLabel("Strategisches Ziel").selectOption("Bürgerservices verbessern");
        page.getByLabel("Kategorie").selectOption("Übersetzung");
        page.getByLabel("Horizont").selectOption("kurzfristig");
        page.getByLabel("Betrieb (Hosting)").selectOption("Kommunaler IT-Dienstleister");
        page.getByLabel("Personenbezogene Daten").selectOption("Personenbezogene Daten");
        page.getByLabel("Automatisierungsgrad").selectOption("Mensch prüft jede Ausgabe");
        page.getByRole(AriaRole.BUTTON, exactName("Speichern")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte korrigieren Sie die markierten Angaben.");
        Locator titleField = page.getByLabel("Titel");
        assertThat(titleField).hasAttribute("aria-invalid", "true");
        assertThat(titleField).hasAccessibleDescription("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.locator("#title-error")).hasText("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.getByLabel("Zweck")).hasValue(oldPurpose);
        assertThat(page.getByLabel("Kategorie")).hasValue("TRANSLATION");
        assertThat(page.getByText("Der Anwendungsfall wurde angelegt.")).hasCount(0);
        assertNoSeriousViolations(page);

        titleField.fill(title);
        page.getByRole(AriaRole.BUTTON, exactName("Speichern")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Anwendungsfall wurde angelegt.");
        assertThat(heading(page, 1)).hasText(title);
        Locator referenceText = page.getByRole(AriaRole.MAIN)
                .getByText(Pattern.compile("^KI-" + Year.now().getValue() + "-\\d{3}$"));
        assertThat(referenceText).isVisible();
        String reference = referenceText.textContent().strip();
        assertThat(page).hasURL(url("/use-cases/" + reference));
        assertThat(page.locator("main .kern-badge")).hasText("Idee");
        assertNoSeriousViolations(page);

        // German stemming: the plural finds the singular in the title.
        navigation(page).getByRole(AriaRole.LINK, linkName("Register")).click();
        assertThat(heading(page, 1)).hasText("Register der KI-Anwendungsfälle");
        page.getByLabel("Suche", new Page.GetByLabelOptions().setExact(true)).fill("Übersetzungen");
        page.getByRole(AriaRole.BUTTON, exactName("Suchen")).click();
        Locator hit = page.getByRole(AriaRole.LINK, exactName(title));
        assertThat(hit).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactName("Maschinelle Übersetzung der Website"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactName("KI-Chatbot auf stuttgart.de"))).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("[?&]q=(%C3%9C|Ü)bersetzungen"));
        assertNoSeriousViolations(page);

        // The failed first attempt did not store anything: exactly one use case carries the token.
        page.getByLabel("Suche", new Page.GetByLabelOptions().setExact(true)).fill(token);
        page.getByRole(AriaRole.BUTTON, exactName("Suchen")).click();
        assertThat(page.getByText("1 Anwendungsfall gefunden")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactName(title))).hasCount(1);

        page.getByRole(AriaRole.LINK, exactName(title)).click();
        assertThat(page).hasURL(url("/use-cases/" + reference));
        page.getByRole(AriaRole.LINK, exactName("Bearbeiten")).click();
        assertThat(heading(page, 1)).hasText("Anwendungsfall " + reference + " bearbeiten");
        assertThat(page.getByLabel("Titel")).hasValue(title);
        assertThat(page.getByLabel("Zweck")).hasValue(oldPurpose);
        assertThat(page.getByLabel("Fachamt")).containsText("Sozialamt");
        assertNoSeriousViolations(page);
        page.getByLabel("Zweck").fill(newPurpose);
        page.getByRole(AriaRole.BUTTON, exactName("Speichern")).click();

        assertThat(page).hasURL(url("/use-cases/" + reference));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Änderungen wurden gespeichert.");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(newPurpose);

        page.getByRole(AriaRole.NAVIGATION, exactName("Bereiche des Anwendungsfalls"))
                .getByRole(AriaRole.LINK, linkName("Verlauf")).click();
        assertThat(page).hasURL(url("/use-cases/" + reference + "/history"));
        assertThat(heading(page, 2)).hasText("Verlauf");
        Locator entries = page.getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions().setHas(heading(page, 3)));
        assertThat(entries).hasCount(2);
        Locator latest = entries.first();
        assertThat(latest.getByRole(AriaRole.HEADING)).containsText("kihub am");
        assertThat(latest.getByRole(AriaRole.HEADING)).containsText("geändert");
        Locator changedRows = latest.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER)));
        assertThat(changedRows).hasCount(1);
        assertThat(changedRows.getByRole(AriaRole.ROWHEADER)).hasText("Zweck");
        assertThat(changedRows.getByRole(AriaRole.CELL)).hasText(new String[] {oldPurpose, newPurpose});
        assertThat(entries.last().getByRole(AriaRole.HEADING)).containsText("angelegt");
        assertNoSeriousViolations(page);
    }

    @Test
    void kiHubMovesAnIdeaIntoFeasibility(Page page) {
        logIn(page, "kihub");
        page.navigate(url("/use-cases"));
        page.getByLabel("Phase", new Page.GetByLabelOptions().setExact(true)).selectOption("Idee");
        page.getByRole(AriaRole.BUTTON, exactName("Suchen")).click();
        assertThat(page).hasURL(Pattern.compile("[?&]phase=IDEA"));

        Locator rows = page.locator("#results tbody tr");
        assertThat(rows.first()).isVisible();
        for (Locator row : rows.all()) {
            assertThat(row.getByRole(AriaRole.CELL).nth(3)).hasText("Idee");
        }
        Locator firstIdea = rows.first().getByRole(AriaRole.LINK);
        String title = firstIdea.textContent().strip();
        firstIdea.click();

        assertThat(heading(page, 1)).hasText(title);
        Locator badge = page.locator("main .kern-badge");
        assertThat(badge).hasText("Idee");
        assertThat(page.getByText("Aktuelle Phase: Idee")).isVisible();
        assertNoSeriousViolations(page);

        page.getByRole(AriaRole.BUTTON, exactName("Machbarkeitsprüfung beginnen")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Phase wurde geändert.");
        assertThat(badge).hasText("Machbarkeitsprüfung");
        assertThat(page.getByText("Aktuelle Phase: Machbarkeitsprüfung")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, exactName("Machbarkeitsprüfung beginnen"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, exactName("Spezifikationsdialog beginnen"))).isVisible();
        assertNoSeriousViolations(page);
    }

    @Test
    void caioReadsButCannotChangeAnything(Page page) {
        logIn(page, "caio");
        assertThat(navigation(page).getByRole(AriaRole.LINK)).hasText(new String[] {"Start", "Register", "Pflichten", "Roadmap", "Portfolio"});

        navigation(page).getByRole(AriaRole.LINK, linkName("Register")).click();
        assertThat(heading(page, 1)).hasText("Register der KI-Anwendungsfälle");
        assertThat(page.getByRole(AriaRole.LINK, exactName("KI-Chatbot auf stuttgart.de"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactName("Neuer Anwendungsfall"))).hasCount(0);
        assertNoSeriousViolations(page);

        page.getByRole(AriaRole.LINK, exactName("KI-Chatbot auf stuttgart.de")).click();
        assertThat(heading(page, 1)).hasText("KI-Chatbot auf stuttgart.de");
        // KI-2026-001 when the demo register is loaded into an empty database (read, not assumed).
        Locator referenceText = page.getByRole(AriaRole.MAIN).getByText(Pattern.compile("^KI-\\d{4}-\\d{3}$"));
        String reference = referenceText.textContent().strip();
        assertThat(page).hasURL(url("/use-cases/" + reference));
        assertThat(page.getByRole(AriaRole.HEADING, exactName("Einordnung"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactName("Bearbeiten"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, exactName("Lebenszyklus"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON)).hasCount(0);
        assertNoSeriousViolations(page);

        Response response = page.navigate(url("/use-cases/" + reference + "/edit"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(heading(page, 1)).hasText("Keine Berechtigung");
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Sie haben keine Berechtigung für diese Seite oder Aktion.");
        assertThat(page.getByLabel("Titel")).hasCount(0);
        assertNoSeriousViolations(page);
    }

    /** The classification tab, read by the CAIO: tier, the FRIA among the obligations with its date, history. */
    @Test
    void caioReadsTheClassificationOfAHighRiskUseCase(Page page) {
        logIn(page, "caio");
        page.navigate(url("/use-cases"));
        page.getByLabel("Risikostufe").selectOption(new SelectOption().setLabel("Hochrisiko"));
        assertThat(page).hasURL(Pattern.compile("tier=HIGH_RISK"));
        Locator wohngeldRow = page.locator("#results tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Wohngeld-Assistent"));
        assertThat(wohngeldRow).containsText("Hochrisiko");
        assertThat(page.getByRole(AriaRole.LINK, exactName("KI-Chatbot auf stuttgart.de"))).hasCount(0);
        assertNoSeriousViolations(page);
        page.getByLabel("Risikostufe").selectOption(new SelectOption().setLabel("Begrenztes Risiko (Transparenzpflichten)"));
        assertThat(page.getByRole(AriaRole.LINK, exactName("KI-Chatbot auf stuttgart.de"))).isVisible();
        page.getByLabel("Risikostufe").selectOption(new SelectOption().setLabel("Hochrisiko"));

        page.getByRole(AriaRole.LINK, exactName("Wohngeld-Assistent")).click();
        page.getByRole(AriaRole.LINK, exactName("Einstufung")).click();

        assertThat(heading(page, 2)).hasText("Risikoeinstufung nach der KI-Verordnung");
        assertThat(page.locator("#outcome")).hasText("Hochrisiko");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("ANNEX_III:5a");
        Locator fria = page.locator("#obligations tr").filter(new Locator.FilterOptions().setHasText("Art. 27"));
        assertThat(fria).hasCount(1);
        assertThat(fria).containsText("02.12.2027");
        assertThat(page.locator("#assessment-history tbody tr")).hasCount(1);
        assertThat(page.locator("#assessment-history tbody tr")).containsText("aktuell");
        assertNoSeriousViolations(page);
    }

    /**
     * The calendar (rule 27): the CAIO opens it from the navigation, finds the Wohngeld assistant's FRIA with its date,
     * narrows it with the keyboard to overdue obligations of one department (a plain GET form) and follows a use
     * case to its classification tab.
     */
    @Test
    void caioFollowsTheObligationCalendarAcrossThePortfolio(Page page) {
        logIn(page, "caio");
        navigation(page).getByRole(AriaRole.LINK, linkName("Pflichten")).click();
        assertThat(page).hasURL(url("/obligations"));
        assertThat(heading(page, 1)).hasText("Pflichtenkalender");
        assertThat(navigation(page).getByRole(AriaRole.LINK, linkName("Pflichten")))
                .hasAttribute("aria-current", "page");
        assertThat(page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true))).hasValue("OPEN");
        assertThat(heading(page, 2).first()).containsText("Überfällig");
        assertThat(heading(page, 2).filter(new Locator.FilterOptions().setHasText("Demnächst fällig"))).hasCount(1);
        Locator fria = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Wohngeld-Assistent"))
                .filter(new Locator.FilterOptions().setHasText("Art. 27"));
        assertThat(fria).hasCount(1);
        assertThat(fria).containsText("02.12.2027");
        assertThat(fria).containsText("Amt für Stadtplanung und Wohnen");
        assertThat(fria).containsText("offen");
        assertNoSeriousViolations(page);

        // A department chosen, then by keyboard alone: the "overdue only" box and the button.
        Locator department = page.getByLabel("Fachamt");
        department.selectOption("Amt für Stadtplanung und Wohnen");
        department.focus();
        page.keyboard().press("Tab");
        Locator overdueOnly = page.getByLabel("nur überfällige");
        assertThat(overdueOnly).isFocused();
        page.keyboard().press("Space");
        assertThat(overdueOnly).isChecked();
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, exactName("Anzeigen"))).isFocused();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("[?&]overdue=true"));
        assertThat(page).hasURL(Pattern.compile("[?&]department=Amt"));
        assertThat(heading(page, 2)).hasCount(1);
        assertThat(heading(page, 2)).containsText("Überfällig");
        Locator rows = page.locator("tbody tr");
        // AI literacy (Art. 4) has applied since 02.02.2025 and is open in the demo data.
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Art. 4")).first()).isVisible();
        for (Locator row : rows.all()) {
            assertThat(row).containsText("überfällig");
            assertThat(row).containsText("Amt für Stadtplanung und Wohnen");
        }
        assertThat(overdueOnly).isChecked();
        assertNoSeriousViolations(page);

        page.getByRole(AriaRole.LINK, exactName("Filter zurücksetzen")).click();
        assertThat(page).hasURL(url("/obligations"));
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("alle");
        page.getByRole(AriaRole.BUTTON, exactName("Anzeigen")).click();
        assertThat(page).hasURL(Pattern.compile("[?&]status=ALL"));
        page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Wohngeld-Assistent"))
                .filter(new Locator.FilterOptions().setHasText("Art. 27"))
                .getByRole(AriaRole.LINK).click();
        assertThat(heading(page, 1)).hasText("Wohngeld-Assistent");
        assertThat(page.locator("#outcome")).hasText("Hochrisiko");
    }

    /** The dossier from the tab: a real download that opens as a PDF with the use case's facts. */
    @Test
    void kiHubDownloadsTheClassificationDossier(Page page) throws IOException {
        logIn(page, "kihub");
        page.navigate(url("/use-cases?q=Wohngeld"));
        page.getByRole(AriaRole.LINK, exactName("Wohngeld-Assistent")).click();
        String reference = page.getByRole(AriaRole.MAIN).getByText(Pattern.compile("^KI-\\d{4}-\\d{3}$"))
                .textContent().strip();
        page.getByRole(AriaRole.LINK, exactName("Einstufung")).click();
        Locator dossierLink = page.getByRole(AriaRole.LINK, exactName("Dossier (PDF)"));
        assertThat(dossierLink).isVisible();
        assertNoSeriousViolations(page);

        Download download = page.waitForDownload(dossierLink::click);

        assertThat(download.suggestedFilename()).isEqualTo("Einstufungsdossier-" + reference + ".pdf");
        assertThat(download.failure()).isNull();
        assertThat(PdfText.of(Files.readAllBytes(download.path()))).contains(reference, "Wohngeld-Assistent",
                "Amt für Stadtplanung und Wohnen", "Risikostufe Hochrisiko", "Art. 27", "02.12.2027", "Erstellt am",
                "Kim Huber (KI-Hub) (kihub)");
        // Downloading leaves the page where it was.
        assertThat(heading(page, 2)).hasText("Risikoeinstufung nach der KI-Verordnung");
    }

    /** A material edit in the browser makes the classification stale, and the pilot is refused with the rule. */
    @Test
    void aMaterialEditMakesTheClassificationStaleAndBlocksThePilot(Page page) {
        logIn(page, "kihub");
        page.navigate(url("/use-cases?q=Code-Assistent"));
        page.getByRole(AriaRole.LINK, exactName("Code-Assistent für Entwicklerinnen und Entwickler")).click();
        String detailUrl = page.url();
        page.getByRole(AriaRole.LINK, exactName("Bearbeiten")).click();
        page.getByLabel("Zweck").fill("Code-Vervollständigung, jetzt auch für die Prüfung von Bauanträgen");
        page.getByRole(AriaRole.BUTTON, exactName("Speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Änderungen wurden gespeichert.");

        page.getByRole(AriaRole.LINK, exactName("Einstufung")).click();
        Locator stale = staleWarning(page);
        assertThat(stale).containsText("Einstufung veraltet");
        assertThat(stale).containsText("Zweck");
        assertNoSeriousViolations(page);

        page.navigate(detailUrl);
        page.getByRole(AriaRole.BUTTON, exactName("Pilot starten")).click();
        assertThat(page.locator("#phase-error")).containsText("Phasenwechsel nicht möglich");
        assertThat(page.locator("#phase-error")).containsText("Risikoeinstufung ist veraltet");
        assertThat(page.locator("main .kern-badge").first()).hasText("Spezifikationsdialog");
        assertNoSeriousViolations(page);
    }

    /**
     * Classification (C2): KI-Hub classifies an unassessed demo use case step by step (one missing answer, one step
     * back), sees the summary and saves; a change of purpose makes it stale; re-classifying starts from the saved
     * answers and supersedes the old assessment.
     */
    @Test
    void kiHubClassifiesAUseCaseStepByStep(Page page) {
        logIn(page, "kihub");
        page.navigate(url("/use-cases?q=Gebärdensprach-Avatar"));
        page.getByRole(AriaRole.LINK, exactName("Gebärdensprach-Avatar")).click();
        String detailUrl = page.url();
        page.getByRole(AriaRole.LINK, exactName("Einstufung")).click();
        assertThat(page.locator("#no-classification")).isVisible();
        page.locator("#classify").click();

        Locator questionId = page.locator("input[name=question]");
        assertThat(questionId).hasValue("R1");
        assertNoSeriousViolations(page);
        // Weiter without an answer: a German message at the question, still the same question.
        page.locator("#next").click();
        assertThat(page.locator("#answer-error")).hasText("Bitte wählen Sie eine Antwort.");
        assertThat(questionId).hasValue("R1");
        assertNoSeriousViolations(page);

        page.getByLabel("nein").check();
        page.locator("#next").click();
        assertThat(questionId).hasValue("R2");
        // One step back keeps the answer given.
        page.locator("#back").click();
        assertThat(questionId).hasValue("R1");
        assertThat(page.getByLabel("nein")).isChecked();
        page.locator("#next").click();
        assertThat(questionId).hasValue("R2");

        for (int step = 0; step < 60 && questionId.count() > 0; step++) {
            String id = questionId.inputValue();
            switch (id) {
                case "H3" -> page.locator("select#answer").selectOption("none");
                case "R2", "D1", "T2" -> page.getByLabel("ja", new Page.GetByLabelOptions().setExact(true)).check();
                default -> page.getByLabel("nein", new Page.GetByLabelOptions().setExact(true)).check();
            }
            if ("T2".equals(id)) {
                page.getByLabel("Begründung").fill("Der Avatar erzeugt synthetische Videos.");
            }
            page.locator("#next").click();
            // htmx swaps the questionnaire in place: wait until the next question (or the summary) is there. One
            // look at the page in the browser, so the swap cannot happen between "is it there" and "read it".
            page.waitForFunction("id => { const q = document.querySelector('input[name=question]');"
                    + " return !q || q.value !== id; }", id);
        }
        assertThat(page.locator("#summary-outcome")).hasText("Begrenztes Risiko (Transparenzpflichten)");
        assertThat(page.locator("#summary")).containsText("Der Avatar erzeugt synthetische Videos.");
        assertNoSeriousViolations(page);
        page.locator("#save-assessment").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einstufung wurde gespeichert.");
        assertThat(page.locator("#outcome")).hasText("Begrenztes Risiko (Transparenzpflichten)");
        assertThat(page.locator("#obligations")).containsText("Art. 50(2)");
        assertNoSeriousViolations(page);

        // Track an obligation: "nicht anwendbar" without a reason is refused at the field, then saved with one.
        page.getByRole(AriaRole.LINK, exactName("Bearbeiten Art. 50(2)")).click();
        assertThat(heading(page, 2)).containsText("Art. 50(2)");
        assertNoSeriousViolations(page);
        page.getByLabel("nicht anwendbar").check();
        page.locator("#save-obligation").click();
        assertThat(page.locator("#reason-error")).containsText("Bitte begründen Sie");
        assertNoSeriousViolations(page);
        page.getByLabel("Begründung").fill("Die Videos werden redaktionell erstellt und gekennzeichnet.");
        page.locator("#save-obligation").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Stand der Pflicht wurde gespeichert.");
        Locator art502 = page.locator("#obligations tr").filter(new Locator.FilterOptions().setHasText("Art. 50(2)"));
        assertThat(art502).containsText("nicht anwendbar");
        assertThat(art502).containsText("redaktionell erstellt");

        page.navigate(detailUrl);
        page.getByRole(AriaRole.LINK, exactName("Bearbeiten")).click();
        page.getByLabel("Zweck").fill("Gebärdensprache für alle Bescheide des Bürgerbüros");
        page.getByRole(AriaRole.BUTTON, exactName("Speichern")).click();
        page.getByRole(AriaRole.LINK, exactName("Einstufung")).click();
        Locator stale = staleWarning(page);
        assertThat(stale).containsText("Zweck");

        page.locator("#classify").click();
        // All answers are kept: straight to the summary, where one answer is changed.
        assertThat(page.locator("#summary-outcome")).hasText("Begrenztes Risiko (Transparenzpflichten)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ändern T1")).click();
        assertThat(questionId).hasValue("T1");
        page.getByLabel("ja", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#next").click();
        assertThat(page.locator("#summary")).containsText("T1");
        page.locator("#save-assessment").click();

        assertThat(page.locator("#stale")).hasCount(0);
        assertThat(page.locator("#obligations")).containsText("Art. 50(1)");
        // The re-assessment derives Art. 50(2) again: its tracked state is kept.
        assertThat(page.locator("#obligations tr").filter(new Locator.FilterOptions().setHasText("Art. 50(2)")))
                .containsText("nicht anwendbar");
        Locator history = page.locator("#assessment-history tbody tr");
        assertThat(history).hasCount(2);
        assertThat(history.first()).containsText("aktuell");
        assertThat(history.last()).containsText("ersetzt");
        assertNoSeriousViolations(page);

        // The diff of the two: T1 from nein to ja, and the outcome (unchanged tier, new duty).
        page.locator("#compare-submit").click();
        assertThat(heading(page, 2)).hasText("Vergleich zweier Einstufungen");
        Locator diffRows = page.locator("#answer-diff tbody tr");
        assertThat(diffRows).hasCount(1);
        assertThat(diffRows.first().getByRole(AriaRole.ROWHEADER)).containsText("T1");
        assertThat(diffRows.first().getByRole(AriaRole.CELL)).hasText(new String[] {"nein", "ja"});
        assertNoSeriousViolations(page);
    }

    @Test
    void loginWorksWithTheKeyboardAlone(Page page) {
        page.navigate(url("/login"));
        Locator skipLink = page.getByRole(AriaRole.LINK, exactName("Zum Inhalt springen"));
        Locator brandLink = page.getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK).first();
        Locator username = page.getByLabel("Benutzername");
        // The form puts the cursor into the user name field; backwards from there only the header remains.
        assertThat(username).isFocused();
        page.keyboard().press("Shift+Tab");
        assertThat(brandLink).isFocused();
        page.keyboard().press("Shift+Tab");
        assertThat(skipLink).isFocused();

        // Forwards from the first stop: skip link (visible once focused), header link, user name, password, button.
        assertThat(skipLink).isInViewport();
        assertThat(skipLink).isVisible();
        page.keyboard().press("Tab");
        assertThat(brandLink).isFocused();
        page.keyboard().press("Tab");
        assertThat(username).isFocused();
        page.keyboard().type("kihub");
        page.keyboard().press("Tab");
        assertThat(page.getByLabel("Passwort")).isFocused();
        page.keyboard().type(DEMO_PASSWORD);
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, exactName("Anmelden"))).isFocused();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(url("/"));
        assertThat(page.getByText("Angemeldet als kihub")).isVisible();
        // The skip link can only move focus once its target is parsed, that is, once the page has loaded.
        page.waitForLoadState(LoadState.LOAD);

        // On the next page the skip link is again the first stop and moves focus past the navigation.
        page.keyboard().press("Tab");
        assertThat(skipLink).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK).first()).isFocused();
    }

    @Test
    void adminPagesAreAccessible(Page page) {
        logIn(page, "admin");

        navigation(page).getByRole(AriaRole.LINK, linkName("Benutzer")).click();
        assertThat(page).hasURL(url("/admin/users"));
        assertThat(heading(page, 1)).hasText("Benutzer und Rollen");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Kim Huber")))
                .containsText("KI-Hub");
        assertNoSeriousViolations(page);

        navigation(page).getByRole(AriaRole.LINK, linkName("Fachämter")).click();
        assertThat(page).hasURL(url("/admin/departments"));
        assertThat(heading(page, 1)).hasText("Fachämter");
        assertThat(page.getByRole(AriaRole.CELL, exactName("Sozialamt"))).isVisible();
        assertNoSeriousViolations(page);

        // A department's edit form, saved unchanged.
        page.getByRole(AriaRole.LINK, exactName("Bearbeiten Sozialamt")).click();
        assertThat(heading(page, 1)).hasText("Fachamt bearbeiten");
        assertThat(page.getByLabel("Bezeichnung")).hasValue("Sozialamt");
        assertNoSeriousViolations(page);
        page.getByRole(AriaRole.BUTTON, exactName("Speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Das Fachamt wurde gespeichert.");

        // A new user: a too short password is refused at the field, then the user is created.
        String username = "pr-" + Long.toString(System.nanoTime(), 36);
        navigation(page).getByRole(AriaRole.LINK, linkName("Benutzer")).click();
        page.getByRole(AriaRole.LINK, exactName("Neuer Benutzer")).click();
        page.getByLabel("Benutzername").fill(username);
        page.getByRole(AriaRole.TEXTBOX, exactName("Name")).fill("Paula Rieger");
        page.getByLabel("E-Mail").fill("paula.rieger@example.org");
        page.getByLabel("Anfangspasswort").fill("kurz");
        page.getByLabel("Personalrat").check();
        page.getByRole(AriaRole.BUTTON, exactName("Speichern")).click();
        assertThat(page.locator("#password-error")).containsText("mindestens 12 Zeichen");
        assertNoSeriousViolations(page);
        page.getByLabel("Anfangspasswort").fill("ein-langes-passwort");
        page.getByRole(AriaRole.BUTTON, exactName("Speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Benutzer wurde angelegt.");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(username)))
                .containsText("Personalrat");
    }

    @Test
    void loginAndErrorPagesAreGermanAndAccessible(Page page) {
        Response login = page.navigate(url("/login"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(page).hasTitle(Pattern.compile("^Anmelden"));
        assertThat(heading(page, 1)).hasText("Anmelden");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertNoSeriousViolations(page);

        page.getByLabel("Benutzername").fill("kihub");
        page.getByLabel("Passwort").fill("falsch");
        page.getByRole(AriaRole.BUTTON, exactName("Anmelden")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Benutzername oder Passwort ist falsch.");
        assertNoSeriousViolations(page);

        logIn(page, "verwaltung");
        Response notFound = page.navigate(url("/use-cases/KI-2099-999"));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(heading(page, 1)).hasText("Nicht gefunden");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("existiert nicht");
        assertThat(page.getByRole(AriaRole.LINK, exactName("Zur Startseite"))).isVisible();
        assertNoSeriousViolations(page);
    }

    /**
     * The stale mark is set by an event listener after the save committed, so the classification tab may need a
     * reload or two before it shows the warning (bounded: five seconds).
     */
    private static Locator staleWarning(Page page) {
        Locator stale = page.locator("#stale");
        for (int attempt = 0; attempt < 20 && stale.count() == 0; attempt++) {
            page.waitForTimeout(250);
            page.reload();
        }
        return stale;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Letters only, so the full-text search treats it as one word. */
    private static String randomWord() {
        StringBuilder word = new StringBuilder("Prüfwort");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
