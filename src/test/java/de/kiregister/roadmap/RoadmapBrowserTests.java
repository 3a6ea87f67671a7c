package de.kiregister.roadmap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.kiregister.test.Accessibility.assertNoSeriousViolations;
import static de.kiregister.test.Pages.exactName;
import static de.kiregister.test.Pages.heading;
import static de.kiregister.test.Pages.logIn;
import static de.kiregister.test.Pages.logOut;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.kiregister.test.BrowserTest;
import de.kiregister.test.PdfText;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The roadmap journey in a real browser: a project owner files the monthly report (a missing summary refused at
 * the field) and moves a milestone; the CAIO sees both on the roadmap and the dashboard and downloads the XLSX and
 * the PDF, which open and contain the use case. Every page is checked with axe-core.
 */
@BrowserTest
class RoadmapBrowserTests {

    private static final String TRANSLATOR = "Live-Call-Translator im Bürgerbüro";

    @LocalServerPort
    int port;

    @Test
    void ownerReportsAndMovesAMilestoneTheCaioSeesItOnRoadmapDashboardAndExports(Page page) throws IOException {
        LocalDate newForecast = LocalDate.now().plusDays(200);
        logIn(page, "owner");
        assertThat(page.locator("#tasks-reports")).isVisible();
        assertThat(page.locator("#tasks-milestones")).isVisible();
        assertNoSeriousViolations(page);

        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile(TRANSLATOR))).first().click();
        String reference = page.getByRole(AriaRole.MAIN).getByText(Pattern.compile("^KI-\\d{4}-\\d{3}$"))
                .textContent().strip();
        tab(page, "Statusberichte").click();
        assertThat(heading(page, 2).filter(new Locator.FilterOptions().setHasText("Monatsbericht abgeben"))).isVisible();
        assertNoSeriousViolations(page);

        // This month's report (the demo has none): first without a summary, refused at the field.
        page.getByLabel("Berichtsmonat").fill(YearMonth.now().toString());
        page.getByLabel("Ampel").selectOption("rot");
        page.getByLabel("Fortschritt in Prozent").fill("55");
        page.getByRole(AriaRole.BUTTON, exactName("Bericht abgeben")).click();
        assertThat(page.locator("#summary-error")).hasText("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.getByLabel("Zusammenfassung")).hasAttribute("aria-invalid", "true");
        assertNoSeriousViolations(page);
        page.getByLabel("Zusammenfassung").fill("Der Anbieter liefert die Schnittstelle später; Pilot verlängert.");
        page.getByRole(AriaRole.BUTTON, exactName("Bericht abgeben")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Statusbericht wurde gespeichert.");
        assertThat(page.locator("#reports")).containsText("Der Anbieter liefert die Schnittstelle später");

        tab(page, "Meilensteine").click();
        assertNoSeriousViolations(page);
        page.getByRole(AriaRole.LINK, exactName("Meilenstein Pilotauswertung bearbeiten")).click();
        // A project owner moves the forecast; the plan is KI-Hub's.
        assertThat(page.getByLabel("Geplant", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        page.getByLabel("Prognose").fill(newForecast.toString());
        assertNoSeriousViolations(page);
        page.getByRole(AriaRole.BUTTON, exactName("Speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Meilenstein wurde gespeichert.");
        String shown = newForecast.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(page.locator("#milestones")).containsText(shown);
        logOut(page);

        logIn(page, "caio");
        page.getByRole(AriaRole.NAVIGATION, exactName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Roadmap").setExact(true)).click();
        assertThat(heading(page, 1)).hasText("Roadmap");
        Locator row = page.locator("#roadmap-table tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(row).containsText("Pilotauswertung: " + shown);
        assertThat(row).containsText("rot");
        assertThat(page.locator("#roadmap-chart")).containsText(TRANSLATOR);
        assertNoSeriousViolations(page);
        // The swimlanes switch without JavaScript being needed: a plain GET form.
        page.getByLabel("Swimlanes").selectOption("nach Fachamt");
        page.getByRole(AriaRole.BUTTON, exactName("Anzeigen")).click();
        assertThat(page).hasURL(Pattern.compile("lanes=DEPARTMENT"));
        assertThat(page.locator("#roadmap-chart h2").first()).isVisible();

        Download xlsx = page.waitForDownload(() -> page.locator("#roadmap-xlsx").click());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            boolean found = false;
            for (Row r : workbook.getSheetAt(0)) {
                found |= reference.equals(r.getCell(0).getStringCellValue());
            }
            assertThat(found).as("roadmap XLSX lists " + reference).isTrue();
        }
        Download pdf = page.waitForDownload(() -> page.locator("#roadmap-pdf").click());
        assertThat(PdfText.compact(PdfText.of(Files.readAllBytes(pdf.path())))).contains(reference);

        page.getByRole(AriaRole.NAVIGATION, exactName("Hauptnavigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Portfolio").setExact(true)).click();
        assertThat(heading(page, 1)).hasText("Portfolio");
        assertThat(page.locator("#red-reports")).containsText(TRANSLATOR);
        assertThat(page.locator("#chart-phases")).isVisible();
        assertNoSeriousViolations(page);
        Download councilPdf = page.waitForDownload(() -> page.locator("#portfolio-pdf").click());
        assertThat(PdfText.of(Files.readAllBytes(councilPdf.path()))).contains("Bericht für den Gemeinderat");
        Download portfolioXlsx = page.waitForDownload(() -> page.locator("#portfolio-xlsx").click());
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(Files.readAllBytes(portfolioXlsx.path())))) {
            boolean found = false;
            for (Row r : workbook.getSheet("Anwendungsfälle")) {
                found |= reference.equals(r.getCell(0).getStringCellValue());
            }
            assertThat(found).as("portfolio XLSX lists " + reference).isTrue();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, exactName("Bereiche des Anwendungsfalls"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
