package de.kiregister.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.kiregister.test.Accessibility.assertNoSeriousViolations;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.kiregister.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing passwords in the browser: after five failures the form says clearly that the name is locked. */
@BrowserTest
class LoginThrottleBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void repeatedFailedLoginsAreStoppedWithAClearGermanMessage(Page page) {
        // A name nobody has: counted like a real one, so the message reveals nothing about which names exist.
        String name = "rate-" + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 1; attempt <= 5; attempt++) {
            logIn(page, name, "falsch-" + attempt);
            assertThat(page.getByRole(AriaRole.ALERT)).hasText("Benutzername oder Passwort ist falsch.");
        }
        logIn(page, name, "und-noch-einmal");

        assertThat(page.locator("#login-locked")).containsText("Zu viele fehlgeschlagene Anmeldeversuche");
        assertThat(page.locator("#login-locked")).containsText("für 15 Minuten gesperrt");
        assertThat(page.getByText("Benutzername oder Passwort ist falsch.")).hasCount(0);
        assertNoSeriousViolations(page);
    }

    private void logIn(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Benutzername").fill(username);
        page.getByLabel("Passwort").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).click();
        page.waitForURL(url -> url.contains("/login?"));
    }
}
