package de.kiregister.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import de.kiregister.classification.assessment.AssessmentFixtures;
import de.kiregister.identity.Role;
import de.kiregister.test.PdfText;
import de.kiregister.test.TestRegister;
import de.kiregister.test.WebIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may see and change what of roadmap, portfolio, milestones, reports and prioritisation, through the real
 * filter chain and method security. Refused writes leave the database untouched.
 */
@WebIntegrationTest
@Import(TestRegister.class)
class RoadmapAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegister register;

    private String owner;
    private String otherOwner;
    private String reference;

    @BeforeEach
    void aUseCaseOfItsOwn() {
        owner = register.user("acc-owner", Role.PROJECT_OWNER);
        otherOwner = register.user("acc-other", Role.PROJECT_OWNER);
        reference = register.inDialogue("Zugriff Roadmap", owner, AssessmentFixtures.MINIMAL);
    }

    private static RequestPostProcessor as(String name, Role role) {
        return user(name).roles(role.name());
    }

    private long milestones() {
        return jdbc.sql("select count(*) from milestone where use_case_reference = :r").param("r", reference)
                .query(Long.class).single();
    }

    private long reports() {
        return jdbc.sql("select count(*) from status_report where use_case_reference = :r").param("r", reference)
                .query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everySignedInRoleReadsRoadmapPortfolioAndTheTabs(Role role) throws Exception {
        for (String path : new String[] {"/roadmap", "/portfolio", "/use-cases/" + reference + "/milestones",
                "/use-cases/" + reference + "/reports", "/roadmap?lanes=DEPARTMENT&sort=TITLE&page=99&tier=NONE",
                "/portfolio?phase=PILOT&goal=nonsense"}) {
            mvc.perform(get(path).with(as("reader", role))).andExpect(status().isOk());
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/roadmap")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portfolio/export.xlsx")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theOwnerAddsAMilestoneAndFilesAReportOthersAreRefused() throws Exception {
        String planned = LocalDate.now().plusMonths(3).toString();
        for (RequestPostProcessor refused : new RequestPostProcessor[] {as(otherOwner, Role.PROJECT_OWNER),
                as("caio", Role.CAIO), as("pr", Role.PERSONALRAT), as("admin", Role.ADMIN)}) {
            mvc.perform(post("/use-cases/" + reference + "/milestones").with(refused).with(csrf())
                    .param("type", "PILOT_START").param("plannedDate", planned)).andExpect(status().isForbidden());
            mvc.perform(post("/use-cases/" + reference + "/reports").with(refused).with(csrf())
                    .param("month", "2026-11").param("trafficLight", "GREEN").param("progress", "10")
                    .param("summary", "Läuft")).andExpect(status().isForbidden());
        }
        // Without a CSRF token even the owner is refused.
        mvc.perform(post("/use-cases/" + reference + "/milestones").with(as(owner, Role.PROJECT_OWNER))
                .param("type", "PILOT_START").param("plannedDate", planned)).andExpect(status().isForbidden());
        assertThat(milestones()).isZero();
        assertThat(reports()).isZero();

        mvc.perform(post("/use-cases/" + reference + "/milestones").with(as(owner, Role.PROJECT_OWNER)).with(csrf())
                .param("type", "PILOT_START").param("plannedDate", planned)).andExpect(status().is3xxRedirection());
        assertThat(milestones()).isOne();
        mvc.perform(post("/use-cases/" + reference + "/milestones").with(as(TestRegister.KI_HUB, Role.KI_HUB))
                .with(csrf()).param("type", "PRODUCTION").param("plannedDate", planned))
                .andExpect(status().is3xxRedirection());
        assertThat(milestones()).isEqualTo(2);
    }

    @Test
    void badInputGetsAGermanMessageAtTheFieldAndNothingIsWritten() throws Exception {
        mvc.perform(post("/use-cases/" + reference + "/milestones").with(as(owner, Role.PROJECT_OWNER)).with(csrf())
                        .param("type", "CUSTOM").param("plannedDate", "kein Datum"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte geben Sie ein gültiges Datum ein.")));
        mvc.perform(post("/use-cases/" + reference + "/milestones").with(as(owner, Role.PROJECT_OWNER)).with(csrf())
                        .param("type", "CUSTOM").param("plannedDate", "2027-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Bitte geben Sie dem eigenen Meilenstein eine Bezeichnung.")));
        mvc.perform(post("/use-cases/" + reference + "/reports").with(as(owner, Role.PROJECT_OWNER)).with(csrf())
                        .param("month", "November").param("trafficLight", "GREEN").param("progress", "140")
                        .param("summary", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte geben Sie den Monat als JJJJ-MM an")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Der Wert darf höchstens 100 sein.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
        assertThat(milestones()).isZero();
        assertThat(reports()).isZero();
    }

    @Test
    void onlyKiHubRatesAndOnlyAdminSetsTheWeights() throws Exception {
        mvc.perform(post("/use-cases/" + reference + "/priority").with(as(owner, Role.PROJECT_OWNER)).with(csrf())
                .param("strategicFit", "5").param("reuse", "5").param("version", "-1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/priority-weights").with(as("kihub", Role.KI_HUB))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/priority-weights").with(as("admin", Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(post("/admin/priority-weights").with(as("admin", Role.ADMIN)).with(csrf())
                        .param("strategicFit", "0").param("benefit", "0").param("effort", "0").param("risk", "0")
                        .param("reuse", "0").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Mindestens ein Kriterium braucht ein Gewicht über 0.")));
        mvc.perform(post("/use-cases/" + reference + "/priority").with(as(TestRegister.KI_HUB, Role.KI_HUB))
                .with(csrf()).param("strategicFit", "5").param("reuse", "4").param("version", "-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select strategic_fit from priority_rating where use_case_reference = :r")
                .param("r", reference).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void exportsOpenAndContainTheUseCase() throws Exception {
        String title = jdbc.sql("select title from use_case where reference = :r").param("r", reference)
                .query(String.class).single();
        byte[] xlsx = mvc.perform(get("/roadmap/export.xlsx").param("q", title).with(as("caio", Role.CAIO)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(reference);
        }
        byte[] portfolioXlsx = mvc.perform(get("/portfolio/export.xlsx").with(as("caio", Role.CAIO)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(portfolioXlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
        }
        byte[] pdf = mvc.perform(get("/roadmap/report.pdf").param("q", title).with(as("caio", Role.CAIO)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.compact(PdfText.of(pdf))).contains(reference);
        byte[] council = mvc.perform(get("/portfolio/report.pdf").with(as("caio", Role.CAIO)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(council)).contains("Bericht für den Gemeinderat");
    }
}
