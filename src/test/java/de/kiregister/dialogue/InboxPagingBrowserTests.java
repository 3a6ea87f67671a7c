package de.kiregister.dialogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.kiregister.test.Accessibility.assertNoSeriousViolations;
import static de.kiregister.test.Pages.logIn;
import static de.kiregister.test.Pages.linkName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.kiregister.test.BrowserTest;
import de.kiregister.test.EventPublications;
import de.kiregister.test.PortfolioGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A staff council inbox too long for one page, as a busy city has it: the generated register of the load test (at a
 * hundred use cases) in a database of its own, so the demo register the other browser tests read stays as it is.
 * The Personalrat pages through it with the keyboard and decides on the second page without being sent back to
 * the first.
 */
@BrowserTest
@TestPropertySource(properties = "kiregister.embedded-postgres.instance=inbox-paging")
class InboxPagingBrowserTests {

    private static final Pattern OPEN = Pattern.compile("Personalrat: (\\d+) offen");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStaffCouncilPagesThroughALongInboxAndDecidesOnTheSecondPage(Page page) {
        PortfolioGenerator.generateRegister(jdbc, "paging", 100, 2, 4, 2);
        EventPublications.awaitAllHandled(jdbc);
        logIn(page, "personalrat");
        page.navigate("http://localhost:" + port + "/inbox");

        Locator section = page.locator("#inbox-PERSONALRAT");
        long open = open(section);
        long pages = (open + 19) / 20;
        assertThat(pages).as("pages of %d open items", open).isGreaterThanOrEqualTo(2);
        assertThat(section.locator("article.app-item")).hasCount(20);
        Locator paging = section.getByRole(AriaRole.NAVIGATION);
        assertThat(paging).containsText("Seite 1 von " + pages);
        assertThat(paging.getByRole(AriaRole.LINK, linkName("Vorherige Seite"))).hasCount(0);
        List<String> first = itemIds(section);
        assertNoSeriousViolations(page);

        // With the keyboard to the next page: the next 20 (or the rest), none of the first page's.
        paging.getByRole(AriaRole.LINK, linkName("Nächste Seite")).focus();
        page.keyboard().press("Enter");
        assertThat(paging).containsText("Seite 2 von " + pages);
        assertThat(page).hasURL(Pattern.compile("/inbox\\?page=1$"));
        List<String> second = itemIds(section);
        assertThat(second).hasSize((int) Math.min(20, open - 20)).doesNotContainAnyElementsOf(first);
        assertNoSeriousViolations(page);

        // Deciding an item there comes back to the second page, one item fewer in all.
        Locator item = section.locator("article.app-item").first();
        String decided = item.getAttribute("id");
        item.getByLabel("zustimmen", new Locator.GetByLabelOptions().setExact(true)).check();
        item.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre Entscheidung wurde gespeichert.");
        assertThat(paging).containsText("Seite 2 von " + ((open + 18) / 20));
        assertThat(open(section)).isEqualTo(open - 1);
        assertThat(itemIds(section)).doesNotContain(decided).doesNotContainAnyElementsOf(first);
        assertNoSeriousViolations(page);

        // And back, with the keyboard.
        paging.getByRole(AriaRole.LINK, linkName("Vorherige Seite")).focus();
        page.keyboard().press("Enter");
        assertThat(paging).containsText("Seite 1 von ");
        assertThat(itemIds(section)).isEqualTo(first);
    }

    private static long open(Locator section) {
        Matcher heading = OPEN.matcher(section.getByRole(AriaRole.HEADING).first().textContent());
        assertThat(heading.find()).as("heading of the section").isTrue();
        return Long.parseLong(heading.group(1));
    }

    private static List<String> itemIds(Locator section) {
        return section.locator("article.app-item").all().stream().map(a -> a.getAttribute("id")).toList();
    }
}
