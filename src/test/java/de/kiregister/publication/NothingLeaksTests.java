package de.kiregister.publication;

import static de.kiregister.classification.assessment.AssessmentFixtures.MINIMAL;
import static de.kiregister.classification.assessment.AssessmentFixtures.WOHNGELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kiregister.classification.Assessments;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.Verdict;
import de.kiregister.dialogue.domain.DialogueItem;
import de.kiregister.dialogue.domain.DialogueRound;
import de.kiregister.dialogue.domain.DialogueService;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.publication.domain.PublicField;
import de.kiregister.register.domain.PhaseAction;
import de.kiregister.register.domain.UseCaseDetails;
import de.kiregister.test.TestRegister;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The central promise of the public register: nothing internal leaks. Seeds published use cases carrying every kind
 * of internal information (withheld fields, internal notes, costs, an assessment rationale, an obligation's
 * evidence, a withdrawal reason, dialogue comments and conditions, names, usernames and e-mail addresses of staff)
 * and an unpublished use case, then crawls every public URL without login, as a visitor's browser would follow the
 * links (list with every filter value and every page, every entry, both exports, every JSON entry, the feed, German
 * and English), and asserts that none of the seeded secrets appears anywhere and that the unpublished use case is
 * not found.
 */
@WebIntegrationTest
@Import({ PublicationFixtures.class, TestRegister.class })
class NothingLeaksTests {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern ABSOLUTE = Pattern.compile("http://localhost:8080(/register[^\"<\\s]*)");
    private static final Pattern OPTION = Pattern.compile(
            "<select[^>]*name=\"(\\w+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("<option value=\"([^\"]+)\"");

    /** More URLs than this means the crawl has run away (say, a pagination loop). */
    private static final int MAX_URLS = 4000;

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicationFixtures fixtures;

    @Autowired
    TestRegister register;

    @Autowired
    Assessments assessments;

    @Autowired
    DialogueService dialogues;

    @Test
    void noPublicUrlShowsAnythingInternal() throws Exception {
        String run = fixtures.run();
        Map<String, String> secrets = new LinkedHashMap<>();
        String ownerDisplay = "Olaf Geheimrat " + run;
        String owner = fixtures.user("leak-owner", ownerDisplay, Role.PROJECT_OWNER);
        String memberDisplay = "Petra Ratgeber " + run;
        String member = fixtures.user("leak-pr", memberDisplay, Role.PERSONALRAT);
        String kiHub = fixtures.kiHub();
        secrets.put("owner username", owner);
        secrets.put("owner name", ownerDisplay);
        secrets.put("owner e-mail", owner + "@stadt.example");
        secrets.put("Personalrat username", member);
        secrets.put("Personalrat name", memberDisplay);
        secrets.put("KI-Hub username", kiHub);
        secrets.put("KI-Hub name", "Kira Hubmann " + run);

        // A published use case with withheld fields, costs, an assessment rationale and an obligation's evidence.
        String withheldVendor = "GEHEIM-Anbieter-" + run;
        String withheldProduct = "GEHEIM-Produkt-" + run;
        String withheldLegalBasis = "GEHEIM-Rechtsgrundlage-" + run;
        String withheldPurpose = "GEHEIM-Zweck-" + run;
        UseCaseDetails d = PublicationFixtures.details("Öffentlich mit Geheimnissen " + run);
        String full = fixtures.registered(new UseCaseDetails(d.title(), d.summary(), withheldPurpose,
                d.expectedBenefit(), d.strategicGoal(), d.category(), d.horizon(), withheldVendor, withheldProduct,
                d.hosting(), d.gpaiModelName(), d.gpaiModelProvider(), d.personalData(), d.affectedGroups(),
                d.automationLevel(), d.humanOversight(), withheldLegalBasis, new BigDecimal("987654.32"),
                new BigDecimal("876543.21"), 4321, 7654), owner);
        String rationale = "GEHEIM-Begründung-" + run;
        CurrentUser.runAs(kiHub, Role.KI_HUB, () -> assessments.assess(full, WOHNGELD, Map.of("H3", rationale)));
        String evidence = "GEHEIM-Nachweis-" + run;
        fixtures.fulfil(full, "FRIA", evidence);
        fixtures.publish(full, 0, Map.of(PublicField.VENDOR, "Vergabeverfahren läuft",
                PublicField.LEGAL_BASIS, "Wird derzeit rechtlich geprüft",
                PublicField.PURPOSE, "Wird nach dem Pilot beschrieben"));
        secrets.put("withheld vendor", withheldVendor);
        secrets.put("withheld product", withheldProduct);
        secrets.put("withheld legal basis", withheldLegalBasis);
        secrets.put("withheld purpose", withheldPurpose);
        secrets.put("assessment rationale", rationale);
        secrets.put("obligation evidence", evidence);
        secrets.put("one-off cost", "987654.32");
        secrets.put("one-off cost (German)", "987.654,32");
        secrets.put("yearly cost", "876543.21");
        secrets.put("yearly cost (German)", "876.543,21");

        // A published use case with an internal note: rejected, with the reason only staff see.
        String note = "GEHEIM-Notiz-" + run;
        String rejected = fixtures.assessed(PublicationFixtures.details("Abgelehnt öffentlich " + run), owner,
                MINIMAL);
        fixtures.changePhase(rejected, PhaseAction.REJECT, note);
        fixtures.publish(rejected, 0, Map.of());
        secrets.put("phase note", note);

        // A published use case in the Spezifikationsdialog with comments, a condition and a Rückfrage.
        String inDialogue = register.inDialogue("Im Dialog öffentlich " + run, owner, MINIMAL);
        CurrentUser.runAs(kiHub, Role.KI_HUB, () -> dialogues.startRound(inDialogue));
        DialogueRound round = dialogues.latestRound(inDialogue).orElseThrow();
        List<DialogueItem> ours = round.sortedItems().stream().filter(i -> i.party() == Party.PERSONALRAT).toList();
        String comment = "GEHEIM-Kommentar-" + run;
        String condition = "GEHEIM-Auflage-" + run;
        String question = "GEHEIM-Rückfrage-" + run;
        CurrentUser.runAs(member, Role.PERSONALRAT, () -> {
            dialogues.comment(ours.getFirst().id(), comment, null);
            DialogueItem first = dialogues.latestRound(inDialogue).orElseThrow().item(ours.getFirst().id());
            dialogues.decide(first.id(), first.version(), Verdict.APPROVE_WITH_CONDITIONS, condition);
            if (ours.size() > 1) {
                DialogueItem second = ours.get(1);
                dialogues.decide(second.id(), second.version(), Verdict.QUESTION, question);
            }
        });
        fixtures.publish(inDialogue, 0, Map.of());
        secrets.put("dialogue comment", comment);
        secrets.put("dialogue condition", condition);
        secrets.put("dialogue question", question);

        // A published, then withdrawn use case: its content and the internal reason are gone.
        String withdrawnTitle = "GEHEIM-Zurückgezogen-" + run;
        String withdrawn = fixtures.assessed(PublicationFixtures.details(withdrawnTitle), owner, MINIMAL);
        fixtures.publish(withdrawn, 0, Map.of());
        String withdrawalReason = "GEHEIM-Rücknahme-" + run;
        fixtures.withdraw(withdrawn, 1, withdrawalReason);
        secrets.put("withdrawn title", withdrawnTitle);
        secrets.put("withdrawal reason", withdrawalReason);

        // An unpublished use case, classified and ready, but never published.
        String unpublishedTitle = "GEHEIM-Unveröffentlicht-" + run;
        String unpublished = fixtures.assessed(PublicationFixtures.details(unpublishedTitle), owner, MINIMAL);
        secrets.put("unpublished title", unpublishedTitle);
        secrets.put("unpublished reference", unpublished);

        // An internal edit after publication is not public until republished.
        String laterEdit = "GEHEIM-Spätere-Änderung-" + run;
        fixtures.update(rejected, x -> PublicationFixtures.withOversight(x, laterEdit));
        secrets.put("edit after publication", laterEdit);

        // The withdrawn entry is linked from nowhere any more; a bookmark still reaches it.
        Crawl crawl = crawl(List.of("/register", "/register/export.csv", "/register/export.json",
                "/register/feed.atom", "/register/" + withdrawn, "/register/" + withdrawn + ".json"));

        assertThat(crawl.visited).as("the crawl reaches every kind of public URL")
                .contains("/register/" + full, "/register/" + full + ".json", "/register/" + rejected,
                        "/register/" + inDialogue, "/register/" + inDialogue + "?lang=en")
                .anyMatch(url -> url.startsWith("/register?") && url.contains("tier="))
                .anyMatch(url -> url.startsWith("/register?") && url.contains("department="))
                .anyMatch(url -> url.startsWith("/register?") && url.contains("goal="))
                .anyMatch(url -> url.startsWith("/register?") && url.contains("phase="));
        assertThat(crawl.statuses).as("no public URL fails").allSatisfy((url, status) ->
                assertThat(status).as(url).isLessThan(500));
        List<String> leaks = new ArrayList<>();
        crawl.bodies.forEach((url, body) -> secrets.forEach((what, secret) -> {
            if (body.contains(secret)) {
                leaks.add(what + " (" + secret + ") on " + url);
            }
        }));
        assertThat(leaks).as("internal information on public URLs").isEmpty();

        // The withheld fields were published as withheld, with their reasons (which are public).
        String fullPage = crawl.bodies.get("/register/" + full);
        assertThat(fullPage).contains("Vergabeverfahren läuft", "Wird derzeit rechtlich geprüft", "nicht veröffentlicht");
        assertThat(crawl.bodies.get("/register/" + withdrawn)).contains("zurückgezogen");
        assertThat(crawl.statuses.get("/register/" + withdrawn)).isEqualTo(410);

        for (String url : List.of("/register/" + unpublished, "/register/" + unpublished + ".json",
                "/register/" + unpublished + "?lang=en")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(unpublishedTitle);
        }
    }

    private record Crawl(Set<String> visited, Map<String, Integer> statuses, Map<String, String> bodies) {
    }

    /** Follows every link under /register (and every filter option) from the start URLs, in German and English. */
    private Crawl crawl(List<String> start) throws Exception {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String url : start) {
            enqueue(url, queue, seen);
        }
        while (!queue.isEmpty()) {
            assertThat(seen).as("crawl size").hasSizeLessThan(MAX_URLS);
            String url = queue.poll();
            MockHttpServletResponse response = mvc.perform(get(url)
                    .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                    .andReturn().getResponse();
            statuses.put(url, response.getStatus());
            assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).as(url)
                    .noneMatch(cookie -> cookie.startsWith("SESSION"));
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            bodies.put(url, body);
            links(body).forEach(link -> enqueue(link, queue, seen));
            if (url.startsWith("/register?") || url.equals("/register")) {
                filterUrls(body).forEach(link -> enqueue(link, queue, seen));
            }
        }
        return new Crawl(seen, statuses, bodies);
    }

    private static void enqueue(String url, Deque<String> queue, Set<String> seen) {
        String path = url.replace("&amp;", "&");
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        if (!path.startsWith("/register") || path.startsWith("/registers")) {
            return;
        }
        List<String> variants = new ArrayList<>(List.of(path));
        if (!path.contains("lang=")) {
            variants.add(path + (path.contains("?") ? "&" : "?") + "lang=en");
        }
        for (String variant : variants) {
            if (seen.add(variant)) {
                queue.add(variant);
            }
        }
    }

    private static List<String> links(String body) {
        List<String> links = new ArrayList<>();
        for (Pattern pattern : List.of(HREF, ABSOLUTE)) {
            Matcher matcher = pattern.matcher(body);
            while (matcher.find()) {
                String link = matcher.group(1);
                links.add(link.startsWith("http://localhost:8080") ? link.substring("http://localhost:8080".length())
                        : link);
            }
        }
        return links;
    }

    /** Every value of every filter of the list, one filter at a time. */
    private static List<String> filterUrls(String body) {
        List<String> urls = new ArrayList<>();
        Matcher select = OPTION.matcher(body);
        while (select.find()) {
            Matcher option = VALUE.matcher(select.group(2));
            while (option.find()) {
                urls.add("/register?" + select.group(1) + "="
                        + java.net.URLEncoder.encode(option.group(1), StandardCharsets.UTF_8));
            }
        }
        return urls;
    }
}
