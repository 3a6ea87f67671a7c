package de.kiregister.test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What the browser tests do on every page: sign in and out as a demo user, find headings, links, buttons. */
public final class Pages {

    /** The password of every demo user (IdentityDemoData). */
    public static final String DEMO_PASSWORD = "demo";

    private Pages() {
    }

    /** Signs in through the login form as a demo user and waits until the page says so. */
    public static void logIn(Page page, String username) {
        page.navigate("/login");
        page.getByLabel("Benutzername").fill(username);
        page.getByLabel("Passwort").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, exactName("Anmelden")).click();
        assertThat(page.getByText("Angemeldet als " + username)).isVisible();
    }

    public static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, exactName("Abmelden")).click();
        assertThat(page.getByText("Sie wurden abgemeldet.")).isVisible();
    }

    public static Locator navigation(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, exactName("Hauptnavigation"));
    }

    public static Locator heading(Page page, int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level));
    }

    public static Page.GetByRoleOptions exactName(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    public static Locator.GetByRoleOptions linkName(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
