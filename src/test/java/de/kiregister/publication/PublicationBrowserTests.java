package de.kiregister.publication;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.kiregister.test.Accessibility.assertNoSeriousViolations;
import static de.kiregister.test.Pages.DEMO_PASSWORD;
import static de.kiregister.test.Pages.exactName;
import static de.kiregister.test.Pages.heading;
import static de.kiregister.test.Pages.linkName;
import static de.kiregister.test.Pages.logIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import de.kiregister.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public register as people use it, in a real browser with the application's CSP: KI-Hub publishes a demo use
 * case with a withheld field, a citizen finds it without logging in, reads entries, switches to English and
 * searches with the keyboard only; Swagger UI works for signed-in users. Every page is checked with axe-core.
 */
@BrowserTest
class PublicationBrowserTests {

    private static final String REFUGEE_ASSISTANT = "Digitaler Assistent für Geflüchtete";

    @LocalServerPort
    int port;

    @Test
    void kiHubPublishesAUseCaseWithAWithheldFieldAndTheEntryAppears(Page page) {
        logIn(page, "kihub");
        page.navigate(url("/use-cases?q=" + "Geflüchtete"));
        page.getByRole(AriaRole.LINK, exactName(REFUGEE_ASSISTANT)).click();
        page.getByRole(AriaRole.NAVIGATION, exactName("Bereiche des Anwendungsfalls"))
                .getByRole(AriaRole.LINK, linkName("Veröffentlichung")).click();
        assertThat(page).hasURL(Pattern.compile("/use-cases/KI-\\d{4}-\\d{3}/publication$"));
        String reference = page.url().replaceAll(".*/use-cases/(KI-\\d{4}-\\d{3})/publication$", "$1");
        assertThat(heading(page, 2)).hasText("Veröffentlichung im Transparenzregister");
        assertThat(page.getByText("nicht im öffentlichen Transparenzregister")).isVisible();
        assertThat(page.locator("#value-AI_MODEL")).containsText("Mistral Large");
        assertNoSeriousViolations(page);

        // Withheld without a reason: refused at the field, nothing published.
        Locator modelGroup = page.getByRole(AriaRole.GROUP, exactName("KI-Modell"));
        modelGroup.getByLabel("Nicht veröffentlichen (zurückhalten)").check();
        page.getByRole(AriaRole.BUTTON, exactName("Veröffentlichen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Es wurde nichts veröffentlicht.");
        Locator reason = modelGroup.getByLabel("Begründung für das Zurückhalten (wird öffentlich angezeigt)");
        assertThat(reason).hasAttribute("aria-invalid", "true");
        assertThat(reason).hasAccessibleDescription("Bitte geben Sie an, warum dieses Feld nicht veröffentlicht wird.");
        assertThat(modelGroup.getByLabel("Nicht veröffentlichen (zurückhalten)")).isChecked();
        assertNoSeriousViolations(page);

        reason.fill("Das Modell wird im Pilot noch gewechselt.");
        page.getByRole(AriaRole.BUTTON, exactName("Veröffentlichen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first())
                .containsText("Der Anwendungsfall wurde im Transparenzregister veröffentlicht.");
        assertThat(page.locator("#publication-state")).containsText("Öffentlich als Version 1");
        assertThat(page.getByRole(AriaRole.BUTTON, exactName("Als Version 2 veröffentlichen"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("KI-Modell: Das Modell wird im Pilot noch gewechselt.");
        assertNoSeriousViolations(page);

        page.getByRole(AriaRole.LINK, exactName("Öffentlichen Eintrag ansehen")).click();
        assertThat(page).hasURL(url("/register/" + reference));
        assertThat(heading(page, 1)).hasText(REFUGEE_ASSISTANT);
        Locator technology = page.getByRole(AriaRole.REGION, exactName("Technik und Betrieb"));
        assertThat(technology).containsText("nicht veröffentlicht");
        assertThat(technology).containsText("Begründung: Das Modell wird im Pilot noch gewechselt.");
        assertThat(technology).not().containsText("Mistral Large");
        assertThat(page.getByText("Angemeldet als")).hasCount(0);
        assertNoSeriousViolations(page);
    }

    @Test
    void aCitizenSearchesReadsAndSwitchesToEnglishWithoutLoggingIn(Page page) {
        Response response = page.navigate(url("/register"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headerValue("cache-control")).isEqualTo("max-age=300, public");
        assertThat(heading(page, 1)).hasText("Künstliche Intelligenz in der Verwaltung");
        assertThat(page.getByRole(AriaRole.LINK, exactName("Abmelden"))).hasCount(0);
        assertNoSeriousViolations(page);

        page.getByLabel("Suche", new Page.GetByLabelOptions().setExact(true)).fill("Übersetzungen");
        page.getByRole(AriaRole.BUTTON, exactName("Suchen")).click();
        assertThat(page).hasURL(Pattern.compile("[?&]q=(%C3%9C|Ü)bersetzungen"));
        Locator hit = page.getByRole(AriaRole.LINK, exactName("Maschinelle Übersetzung der Website"));
        assertThat(hit).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactName("KI-Chatbot auf stuttgart.de"))).hasCount(0);
        assertNoSeriousViolations(page);

        page.getByLabel("Risikostufe").selectOption("Begrenztes Risiko (Transparenzpflichten)");
        page.getByRole(AriaRole.BUTTON, exactName("Suchen")).click();
        assertThat(page).hasURL(Pattern.compile("[?&]tier=LIMITED_RISK"));
        assertThat(hit).isVisible();

        hit.click();
        assertThat(heading(page, 1)).hasText("Maschinelle Übersetzung der Website");
        assertThat(page.getByRole(AriaRole.REGION, exactName("Risikostufe nach der EU-KI-Verordnung")))
                .containsText("Menschen müssen erkennen können, dass sie mit einer KI zu tun haben");
        assertThat(page.getByRole(AriaRole.REGION, exactName("Menschliche Aufsicht")))
                .containsText("Die Redaktion kennzeichnet maschinelle Übersetzungen");
        assertThat(page.getByRole(AriaRole.REGION, exactName("Veröffentlichte Versionen"))).containsText("Version 1 vom");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^ki-register@")))
                .first()).isVisible();
        assertNoSeriousViolations(page);

        page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK, linkName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(heading(page, 1)).hasText("Maschinelle Übersetzung der Website");
        assertThat(page.getByRole(AriaRole.HEADING, exactName("Risk tier under the EU AI Act"))).isVisible();
        assertThat(page.getByText("People must be able to tell that they are dealing with an AI")).isVisible();
        assertNoSeriousViolations(page);

        // The language stays with the visitor; the invoice entry says in English what it withholds.
        page.getByRole(AriaRole.LINK, exactName("Back to all entries")).click();
        assertThat(heading(page, 1)).hasText("Artificial intelligence in the administration");
        page.getByRole(AriaRole.LINK, exactName("Intelligente Rechnungserfassung")).click();
        Locator technology = page.getByRole(AriaRole.REGION, exactName("Technology and hosting"));
        assertThat(technology).containsText("not published");
        assertThat(technology).containsText("Reason: Der Rahmenvertrag wird derzeit neu ausgeschrieben");
        assertThat(technology).not().containsText("SAP");
        assertNoSeriousViolations(page);
    }

    @Test
    void theRegisterWorksWithTheKeyboardAlone(Page page) {
        page.navigate(url("/register"));
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Zum Inhalt springen");
        page.keyboard().press("Enter");
        focusByTab(page, "#q");
        page.keyboard().type("Chatbot");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("[?&]q=Chatbot"));
        Locator hit = page.getByRole(AriaRole.LINK, exactName("KI-Chatbot auf stuttgart.de"));
        assertThat(hit).isVisible();
        focusByTab(page, "a[href^='/register/KI-']");
        assertThat(page.locator(":focus")).hasText("KI-Chatbot auf stuttgart.de");
        page.keyboard().press("Enter");
        assertThat(heading(page, 1)).hasText("KI-Chatbot auf stuttgart.de");
        assertNoSeriousViolations(page);
    }

    @Test
    void swaggerUiLoadsUnderTheContentSecurityPolicyForSignedInUsers(Page page) {
        List<String> problems = new ArrayList<>();
        // Failed loads count through onResponse below; Chromium's own favicon request (the application has none)
        // shows only as a console message without a response.
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                problems.add(message.text());
            }
        });
        page.onPageError(problems::add);
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add(response.status() + " " + response.url());
            }
        });

        page.navigate(url("/swagger-ui/index.html"));
        assertThat(page).hasURL(url("/login"));
        page.getByLabel("Benutzername").fill("caio");
        page.getByLabel("Passwort").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, exactName("Anmelden")).click();

        // After the login the browser is back where it wanted to go, and Swagger UI renders the API.
        assertThat(page).hasURL(Pattern.compile("/swagger-ui/index.html"));
        assertThat(page.getByText("/api/use-cases/{reference}", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.getByText("/api/classification/evaluate", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(problems).as("console errors and CSP violations").isEmpty();
    }

    /** Presses Tab until the element matching the selector has the focus (at most 80 times). */
    private static void focusByTab(Page page, String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)",
                    selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
