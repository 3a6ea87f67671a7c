package de.kiregister.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.kiregister.test.Accessibility.assertNoSeriousViolations;
import static de.kiregister.test.Pages.linkName;
import static de.kiregister.test.Pages.logIn;
import static de.kiregister.test.Pages.navigation;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import de.kiregister.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ADMIN reads the outbox in a real browser: the demo rounds of the Spezifikationsdialog made items pending, so the
 * demo members of the parties were written to, and without an SMTP server the messages wait there.
 */
@BrowserTest
class NotificationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminOpensTheOutboxFromTheNavigationAndReadsAMessage(Page page) {
        awaitDemoMailTo("personalrat");
        logIn(page, "admin");

        navigation(page).getByRole(AriaRole.LINK, linkName("Postausgang")).click();

        assertThat(page).hasURL(url("/admin/outbox"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Postausgang");
        assertThat(navigation(page).getByRole(AriaRole.LINK, linkName("Postausgang")))
                .hasAttribute("aria-current", "page");
        Locator toPersonalrat = page.locator("#outbox tbody tr")
                .filter(new Locator.FilterOptions().setHasText("personalrat@example.org"))
                .filter(new Locator.FilterOptions().setHasText("Prüfpunkte für den Personalrat"))
                .first();
        assertThat(toPersonalrat).containsText("Prüfpunkte warten");
        assertThat(toPersonalrat).containsText("nicht versandt (kein SMTP-Server)");
        assertThat(toPersonalrat.getByRole(AriaRole.CELL).first())
                .hasText(java.util.regex.Pattern.compile("^\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}$"));
        Locator text = toPersonalrat.locator("details p");
        assertThat(text).isHidden();

        toPersonalrat.locator("summary").click();

        assertThat(text).isVisible();
        assertThat(text).containsText("auf eine Entscheidung durch den Personalrat");
        assertThat(text).containsText("/inbox");
        assertNoSeriousViolations(page);
    }

    @Test
    void theOutboxWorksWithTheKeyboardAlone(Page page) {
        awaitDemoMailTo("it");
        logIn(page, "admin");

        // From the top of the page, Tab reaches the navigation entry; Enter follows it.
        Locator outboxLink = navigation(page).getByRole(AriaRole.LINK, linkName("Postausgang"));
        for (int i = 0; i < 30 && !isFocused(outboxLink); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(outboxLink).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/admin/outbox"));
        // The URL changes when the response starts; the skip link can only move focus once its target is parsed.
        page.waitForLoadState(LoadState.LOAD);

        // The skip link leads into the page; the first stop there is the first message's subject, which opens with
        // Enter.
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Inhalt springen")
                .setExact(true))).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
        page.keyboard().press("Tab");
        Locator firstSubject = page.locator("#outbox tbody tr summary").first();
        assertThat(firstSubject).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#outbox tbody tr details").first()).hasAttribute("open", "");
        assertThat(page.locator("#outbox tbody tr details p").first()).isVisible();
        assertNoSeriousViolations(page);
    }

    /** The mails are written after the demo rounds committed, in another thread: wait until they are there. */
    private void awaitDemoMailTo(String username) {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                        "select count(*) from outbox_message where recipient_username = ? and kind = 'PENDING_ITEMS'")
                .param(username).query(Long.class).single() > 0);
    }

    private static boolean isFocused(Locator locator) {
        return (Boolean) locator.evaluate("element => element === document.activeElement");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
