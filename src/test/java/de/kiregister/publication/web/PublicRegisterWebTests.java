package de.kiregister.publication.web;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import de.kiregister.identity.Role;
import de.kiregister.publication.PublicationFixtures;
import de.kiregister.publication.domain.PublicField;
import de.kiregister.register.domain.UseCaseDetails;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public register through the real filter chain, without login: pages, open data and feed, caching headers and
 * conditional requests, no session, 404 and 410, and robustness against whatever a URL carries.
 */
@WebIntegrationTest
@Import(PublicationFixtures.class)
class PublicRegisterWebTests {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationFixtures fixtures;

    private String owner;
    private String reference;
    private String title;

    @BeforeEach
    void publish() {
        owner = fixtures.user("web-owner", "Otto Besitzer", Role.PROJECT_OWNER);
        title = "Öffentlicher Eintrag " + fixtures.run() + " " + System.nanoTime();
        reference = fixtures.assessed(PublicationFixtures.details(title), owner, MINIMAL);
        fixtures.publish(reference, 0, Map.of(PublicField.VENDOR, "Vertrag in Verhandlung"));
    }

    @Test
    void listAndEntryNeedNoLoginAndCreateNoSession() throws Exception {
        for (String url : List.of("/register", "/register/" + reference, "/register/export.csv",
                "/register/export.json", "/register/" + reference + ".json", "/register/feed.atom")) {
            MvcResult result = mvc.perform(get(url).accept(BROWSER_ACCEPT)).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).as(url)
                    .noneMatch(cookie -> cookie.startsWith("SESSION"));
            assertThat(result.getRequest().getSession(false)).as(url).isNull();
            assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(url)
                    .contains("script-src 'self'");
        }
        mvc.perform(head("/register")).andExpect(status().isOk());
    }

    @Test
    void theListShowsPublishedEntriesInGermanAndEnglish() throws Exception {
        mvc.perform(get("/register").param("q", title))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Künstliche Intelligenz in der Verwaltung")))
                // The publisher is named as a name, not as the subject of a sentence that would need an article.
                .andExpect(content().string(containsString("Herausgeber: Stadtverwaltung.")))
                .andExpect(content().string(containsString("1 Eintrag")))
                .andExpect(content().string(containsString("href=\"/register/" + reference + "\"")))
                .andExpect(content().string(not(containsString("Abmelden"))));
        mvc.perform(get("/register").param("q", title).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Artificial intelligence in the administration")))
                .andExpect(content().string(containsString("Published by: Stadtverwaltung.")))
                .andExpect(content().string(containsString("1 entry")))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, private"));
    }

    @Test
    void theEntryShowsWhatWasPublishedAndSaysWhatWasWithheld() throws Exception {
        mvc.perform(get("/register/" + reference))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Zweck von " + title)))
                .andExpect(content().string(containsString("Aufsicht von " + title)))
                .andExpect(content().string(containsString("Minimales Risiko: Die KI-Verordnung")))
                .andExpect(content().string(containsString("nicht veröffentlicht")))
                .andExpect(content().string(containsString("Begründung: Vertrag in Verhandlung")))
                .andExpect(content().string(containsString("mailto:")))
                .andExpect(content().string(containsString("Version 1 vom")))
                .andExpect(content().string(not(containsString("Anbieter von " + title))))
                .andExpect(content().string(not(containsString("Produkt von " + title))))
                .andExpect(content().string(not(containsString("1.234,56"))))
                .andExpect(content().string(not(containsString(owner))))
                .andExpect(content().string(not(containsString("Otto Besitzer"))))
                .andExpect(content().string(not(containsString(fixtures.kiHub()))));
        mvc.perform(get("/register/" + reference).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Minimal risk: the AI Act")))
                .andExpect(content().string(containsString("not published")));
    }

    @Test
    void publicResponsesCarryCachingHeadersAndAnswerConditionalRequests() throws Exception {
        MvcResult first = mvc.perform(get("/register/" + reference))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, public"))
                .andExpect(header().string(HttpHeaders.VARY, containsString("Cookie")))
                .andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
                .andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).matches("\"[0-9a-z]+-de-[0-9a-z]+\"");

        mvc.perform(get("/register/" + reference).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
        for (String url : List.of("/register", "/register/export.csv", "/register/export.json",
                "/register/feed.atom", "/register/" + reference + ".json")) {
            mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        }
        // Another language is another representation.
        mvc.perform(get("/register/" + reference).header(HttpHeaders.IF_NONE_MATCH, etag).param("lang", "en"))
                .andExpect(status().isOk());

        // A new publication changes the tag.
        String other = fixtures.assessed(PublicationFixtures.details("Neu " + fixtures.run()), owner, MINIMAL);
        fixtures.publish(other, 0, Map.of());
        mvc.perform(get("/register/" + reference).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk());
    }

    @Test
    void unpublishedAndUnknownReferencesAreNotFoundAndWithdrawnOnesGone() throws Exception {
        String unpublished = fixtures.assessed(PublicationFixtures.details("Intern " + fixtures.run()), owner,
                MINIMAL);
        for (String url : List.of("/register/" + unpublished, "/register/KI-1999-999", "/register/etwas",
                "/register/<script>")) {
            mvc.perform(get(url).accept(BROWSER_ACCEPT))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Eintrag nicht gefunden")))
                    .andExpect(content().string(not(containsString("Intern " + fixtures.run()))));
        }
        mvc.perform(get("/register/" + unpublished + ".json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Nicht gefunden"));

        fixtures.withdraw(reference, 1, "Geheimer interner Grund");
        mvc.perform(get("/register/" + reference))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("zurückgezogen")))
                .andExpect(content().string(not(containsString(title))))
                .andExpect(content().string(not(containsString("Geheimer interner Grund"))));
        mvc.perform(get("/register/" + reference + ".json"))
                .andExpect(status().isGone())
                .andExpect(content().string(not(containsString("Geheimer interner Grund"))));
        mvc.perform(get("/register").param("q", title))
                .andExpect(content().string(containsString("0 Einträge")))
                .andExpect(content().string(not(containsString("href=\"/register/" + reference + "\""))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "page=99999999999", "page=2147483647", "page=abc", "size=100000",
            "size=-5", "size=0", "tier=GIBTESNICHT", "phase=%3Cscript%3Ealert(1)%3C/script%3E", "goal=",
            "department=%27%3B%20drop%20table%20use_case%3B--", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "q=%22unbalanced", "q=-%20%7C%20%26%20!%20%3A*", "q=%00%01", "page=1&page=2", "lang=xx",
            "lang=%3Cscript%3E", "sort=%3B%20drop", "q=" + "sehrlang"})
    void badQueryParametersNeverFail(String query) throws Exception {
        String url = "/register?" + (query.equals("q=sehrlang") ? "q=" + "a".repeat(5000) : query);
        MvcResult result = mvc.perform(get(url).accept(BROWSER_ACCEPT)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isIn(200, 400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("<script>alert(1)</script>");
        for (String path : List.of("/register/export.csv", "/register/export.json", "/register/feed.atom",
                "/register/" + reference, "/register/" + reference + ".json")) {
            int status = mvc.perform(get(path + "?" + query)).andReturn().getResponse().getStatus();
            assertThat(status).as(path + "?" + query).isIn(200, 400);
        }
    }

    @Test
    void aPageBeyondTheEndShowsTheLastPage() throws Exception {
        mvc.perform(get("/register").param("q", title).param("page", "500"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void writesAreNotPossibleWithoutLogin() throws Exception {
        mvc.perform(post("/register")).andExpect(status().isForbidden());
        mvc.perform(post("/register/" + reference)).andExpect(status().isForbidden());
    }

    @Test
    void csvUsesTheOpenDataFieldsAndNeutralisesFormulas() throws Exception {
        UseCaseDetails d = PublicationFixtures.details("=HYPERLINK(\"http://böse.example\") " + fixtures.run());
        String formula = fixtures.assessed(new UseCaseDetails(d.title(), "+1+1 Kurzbeschreibung", "@SUMME(A1)",
                "-Nutzen", d.strategicGoal(), d.category(), d.horizon(), d.vendor(), d.product(), d.hosting(),
                d.gpaiModelName(), d.gpaiModelProvider(), d.personalData(), d.affectedGroups(), d.automationLevel(),
                d.humanOversight(), d.legalBasis(), null, null, null, null), owner, MINIMAL);
        fixtures.publish(formula, 0, Map.of());

        String csv = mvc.perform(get("/register/export.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFsource_id;name;description_short;organization;department;");
        String line = csv.lines().filter(l -> l.startsWith(formula)).findFirst().orElseThrow();
        assertThat(line).contains("'=HYPERLINK", "'+1+1", "'@SUMME", "'-Nutzen").doesNotContain(";=", ";+", ";@");
        String entry = csv.lines().filter(l -> l.startsWith(reference)).findFirst().orElseThrow();
        assertThat(entry).contains(title, "in_development", "FEASIBILITY", "MINIMAL_RISK",
                "provider: Vertrag in Verhandlung").doesNotContain("Anbieter von");
    }

    @Test
    void jsonFollowsTheAlgoritmeregisterFieldNames() throws Exception {
        mvc.perform(get("/register/" + reference + ".json"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/json")))
                .andExpect(jsonPath("$.source_id").value(reference))
                .andExpect(jsonPath("$.name").value(title))
                .andExpect(jsonPath("$.description_short").value("Kurzbeschreibung von " + title))
                .andExpect(jsonPath("$.goal").value("Zweck von " + title))
                .andExpect(jsonPath("$.human_intervention").value("Aufsicht von " + title))
                .andExpect(jsonPath("$.lawful_basis").value("Rechtsgrundlage von " + title))
                .andExpect(jsonPath("$.methods_and_models").value("Modell von " + title + " (Modellanbieter von "
                        + title + ")"))
                .andExpect(jsonPath("$.status").value("in_development"))
                .andExpect(jsonPath("$.risk_tier").value("MINIMAL_RISK"))
                .andExpect(jsonPath("$.provider").doesNotExist())
                .andExpect(jsonPath("$.withheld.provider").value("Vertrag in Verhandlung"))
                .andExpect(jsonPath("$.url").value("http://localhost:8080/register/" + reference))
                .andExpect(jsonPath("$.contact_email").isNotEmpty())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.lang").value("de"))
                .andExpect(content().string(not(containsString("1234.56"))))
                .andExpect(content().string(not(containsString(owner))));
        mvc.perform(get("/register/export.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.license").isNotEmpty())
                .andExpect(jsonPath("$.entries[?(@.source_id == '" + reference + "')].name").value(title));
    }

    @Test
    void theFeedIsAtomWithOneEntryPerPublishedUseCase() throws Exception {
        byte[] xml = mvc.perform(get("/register/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/atom+xml")))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isBetween(1, OpenDataController.FEED_SIZE);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<id>http://localhost:8080/register/" + reference + "</id>", title)
                .doesNotContain("Anbieter von " + title, owner);
    }
}
