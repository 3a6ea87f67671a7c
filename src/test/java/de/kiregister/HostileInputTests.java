package de.kiregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kiregister.classification.assessment.AssessmentFixtures;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.test.PdfText;
import de.kiregister.test.TestRegister;
import de.kiregister.test.WebIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What attackers and careless pastes type into text fields (rule 9; ADR-018): markup, event handlers, SQL
 * metacharacters, formulas, right-to-left marks, null bytes, very long strings. Stored as the text it is, shown
 * escaped on every page, literal in PDFs and JSON, neutralised in CSV, and never a 500.
 */
@WebIntegrationTest
@Import(TestRegister.class)
class HostileInputTests {

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String SQL = "'; drop table use_case; --";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\";\"Klick\")";
    private static final String RTL = "Antrag \u202Efdp.exe\u202C geprüft";

    private static final RequestPostProcessor KI_HUB = user(TestRegister.KI_HUB).roles("KI_HUB");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRegister register;

    @Autowired
    DialogueService dialogues;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s", request, response.getContentAsString()).isLessThan(500);
        return response;
    }

    private String page(String path, Object... variables) throws Exception {
        MockHttpServletResponse response = send(get(path, variables).with(KI_HUB));
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertEscaped(String html) {
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x onerror")
                .doesNotContain("onerror=alert(1)>");
    }

    private MockHttpServletRequestBuilder newUseCase(String title, String summary, String purpose, String vendor) {
        String owner = register.user("hostile-owner", Role.PROJECT_OWNER);
        String department = register.department().toString();
        return post("/use-cases").with(KI_HUB).with(csrf())
                .param("title", title).param("summary", summary).param("purpose", purpose)
                .param("expectedBenefit", SCRIPT).param("vendor", vendor).param("product", "-1+1")
                .param("gpaiModelName", IMG).param("humanOversight", "@SUMME(A1:A9)").param("legalBasis", SQL)
                .param("departmentId", department).param("ownerUsername", owner)
                .param("strategicGoal", "EFFICIENCY").param("category", "CHATBOT").param("horizon", "SHORT_TERM")
                .param("hosting", "EU_CLOUD").param("personalData", "NONE").param("affectedGroups", "CITIZENS")
                .param("automationLevel", "ASSISTIVE");
    }

    private String create(String title, String summary, String purpose, String vendor) throws Exception {
        MockHttpServletResponse response = send(newUseCase(title, summary, purpose, vendor));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return response.getRedirectedUrl().substring("/use-cases/".length());
    }

    @Test
    void hostileTextIsStoredAsItIsAndShownEscapedOnEveryPage() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String reference = create(SCRIPT + " " + marker, IMG, SQL + " " + RTL, FORMULA);

        assertThat(jdbc.sql("select title from use_case where reference = ?").param(reference)
                .query(String.class).single()).isEqualTo(SCRIPT + " " + marker);
        assertThat(jdbc.sql("select count(*) from use_case").query(Long.class).single()).isPositive();

        String detail = page("/use-cases/{ref}", reference);
        assertEscaped(detail);
        assertThat(detail).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;").contains("\u202Efdp.exe\u202C");
        for (String path : List.of("/use-cases/{ref}/history", "/use-cases/{ref}/classification",
                "/use-cases/{ref}/dialogue", "/use-cases/{ref}/edit")) {
            assertEscaped(page(path, reference));
        }
        assertEscaped(page("/use-cases?q={q}", marker));
        assertThat(page("/use-cases?q={q}", marker)).contains(reference);
        // Search input that is itself hostile: a page, not an error, and the input shown escaped.
        for (String q : List.of(SCRIPT, IMG, SQL, "\"", "\\", "&&||!():*", "x".repeat(20_000))) {
            assertEscaped(page("/use-cases?q={q}", q));
        }
        assertEscaped(page("/"));
    }

    @Test
    void csvCellsThatWouldBeFormulasAreNeutralised() throws Exception {
        String marker = "Formel" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        create(FORMULA + " " + marker, "+SUMME(1;2)", "Zweck", "Anbieter");
        create("-2+3 " + marker, "@SUMME(A1)", "Zweck", "Anbieter");

        MockHttpServletResponse response = send(get("/use-cases/export.csv").param("q", marker).with(KI_HUB));
        List<CSVRecord> rows = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8))).getRecords();
        List<String> cells = rows.stream().skip(1).flatMap(r -> r.toList().stream()).toList();

        assertThat(cells).contains("'" + FORMULA + " " + marker, "'+SUMME(1;2)", "'-2+3 " + marker, "'@SUMME(A1)");
        assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
    }

    @Test
    void pdfsAndJsonCarryTheTextLiterally() throws Exception {
        String reference = register.inDialogue("PDF und JSON", register.user("hostile-owner", Role.PROJECT_OWNER),
                AssessmentFixtures.MINIMAL);
        String body = json.writeValueAsString(Map.of("answers", AssessmentFixtures.MINIMAL,
                "rationales", Map.of("D1", SCRIPT + " " + RTL)));
        MockHttpServletResponse saved = send(post("/api/use-cases/{ref}/assessment", reference).with(KI_HUB)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isIn(200, 201);

        JsonNode assessment = json.readTree(send(get("/api/use-cases/{ref}/assessment", reference).with(KI_HUB))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(assessment.toString()).doesNotContain("<script>alert('xss')</script> \u202E");
        assertThat(assessment.findValue("rationales").get("D1").asString()).isEqualTo(SCRIPT + " " + RTL);

        CurrentUser.runAs(TestRegister.KI_HUB, Role.KI_HUB, () -> {
            dialogues.startRound(reference);
            dialogues.addItem(reference, Party.IT, IMG, SCRIPT);
            dialogues.comment(dialogues.latestRound(reference).orElseThrow().itemsOf(Party.IT).getFirst().id(),
                    SQL + " " + SCRIPT, null);
        });
        assertEscaped(page("/use-cases/{ref}/dialogue", reference));

        String dossier = PdfText.compact(PdfText.of(send(get("/use-cases/{ref}/classification/dossier.pdf",
                reference).with(KI_HUB)).getContentAsByteArray()));
        assertThat(dossier).contains(PdfText.compact(SCRIPT));
        String protocol = PdfText.compact(PdfText.of(send(get("/use-cases/{ref}/dialogue/rounds/1/protocol.pdf",
                reference).with(KI_HUB)).getContentAsByteArray()));
        assertThat(protocol).contains(PdfText.compact(IMG), PdfText.compact(SQL));
    }

    @Test
    void nullBytesAndOverlongTextGetAMessageNotAnError() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse nul = send(newUseCase("Null\u0000byte " + marker, "Kurz\u0007", "Zweck\tmit Tab",
                "Anbieter"));
        assertThat(nul.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select title || '|' || summary || '|' || purpose from use_case where title like ?")
                .param("%" + marker).query(String.class).single())
                .isEqualTo("Nullbyte " + marker + "|Kurz|Zweck\tmit Tab");

        long before = jdbc.sql("select count(*) from use_case").query(Long.class).single();
        MockHttpServletResponse tooLong = send(newUseCase("x".repeat(100_000), "Kurz", "Zweck", "Anbieter"));
        assertThat(tooLong.getStatus()).isEqualTo(200);
        assertThat(tooLong.getContentAsString(StandardCharsets.UTF_8)).contains("höchstens 200 Zeichen");
        assertThat(jdbc.sql("select count(*) from use_case").query(Long.class).single()).isEqualTo(before);

        String reference = register.inDialogue("Nullbyte im JSON", register.user("hostile-owner", Role.PROJECT_OWNER),
                AssessmentFixtures.MINIMAL);
        String body = "{\"answers\": " + json.writeValueAsString(AssessmentFixtures.MINIMAL)
                + ", \"rationales\": {\"D1\": \"vor\\u0000nach\"}}";
        MockHttpServletResponse api = send(post("/api/use-cases/{ref}/assessment", reference).with(KI_HUB)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
        assertThat(api.getStatus()).as(api.getContentAsString()).isIn(200, 201);
        assertThat(jdbc.sql("select rationales ->> 'D1' from assessment where use_case_reference = ?")
                .param(reference).query(String.class).list()).contains("vornach");
    }
}
