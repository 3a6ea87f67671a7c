package de.kiregister.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.kiregister.test.Accessibility.assertNoSeriousViolations;
import static de.kiregister.test.Pages.exactName;
import static de.kiregister.test.Pages.linkName;
import static de.kiregister.test.Pages.navigation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import de.kiregister.shared.SecurityEvent;
import de.kiregister.shared.SecurityEventKind;
import de.kiregister.test.BrowserTest;
import de.kiregister.test.Pages;
import okhttp3.mockwebserver.RecordedRequest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server: discovery, JWKS,
 * authorization code flow with PKCE verification, an interactive login page where the test types the subject and the
 * claims the directory would send, and an end_session_endpoint). The browser signs in at the provider's page as a
 * person would.
 */
@BrowserTest
class OidcSignInBrowserTests {

    private static final String ISSUER_ID = "stadt";

    private static final MockOAuth2Server directory = new MockOAuth2Server(new OAuth2Config(true));

    static {
        directory.start();
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        // Its own database: the people created here must not appear in the other browser tests' user lists.
        registry.add("kiregister.embedded-postgres.instance", () -> "oidc");
        registry.add("kiregister.oidc.issuer-uri", () -> directory.issuerUrl(ISSUER_ID).toString());
        registry.add("kiregister.oidc.client-id", () -> "ki-register");
        registry.add("kiregister.oidc.client-secret", () -> "geheim");
        registry.add("kiregister.oidc.roles.KI_HUB", () -> "grp-ki-hub");
        registry.add("kiregister.oidc.roles.PROJECT_OWNER", () -> "grp-projekte");
        registry.add("kiregister.oidc.roles.CAIO", () -> "grp-caio");
        registry.add("kiregister.oidc.roles.ADMIN", () -> "grp-admin");
        registry.add("kiregister.oidc.adopt-local-accounts", () -> "owner");
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutdown();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordedEvents recorded;

    @BeforeEach
    void forgetEvents() {
        recorded.events.clear();
    }

    @Test
    void theLoginPageOffersTheDirectoryAndTheLocalForm(Page page) {
        page.navigate("/login");

        assertThat(page.getByRole(AriaRole.LINK, exactName("Mit dem Verwaltungskonto anmelden"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, exactName("Mit lokalem Konto anmelden"))).isVisible();
        assertThat(page.getByLabel("Benutzername")).isVisible();
        assertNoSeriousViolations(page);

        // Keyboard only: Tab reaches the button before the form, Enter starts the sign-in.
        for (int presses = 0; presses < 8 && !"oidc-sign-in".equals(page.evaluate("document.activeElement.id"));
                presses++) {
            assertThat(page.locator("#username")).not().isFocused();
            page.keyboard().press("Tab");
        }
        assertThat(page.locator("#oidc-sign-in")).isFocused();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.startsWith(directory.issuerUrl(ISSUER_ID).toString()));
    }

    @Test
    void aDirectoryUserLandsOnTheStartPageWithTheMappedRole(Page page) {
        String subject = UUID.randomUUID().toString();

        String authorizationRequest = signInAtDirectory(page, subject, """
                {"preferred_username": "Kim.Huber", "name": "Kim Huber", "email": "kim.huber@stadt.example",
                 "groups": ["grp-ki-hub", "grp-kantine"]}""");

        // PKCE: the authorization request carries the challenge ...
        assertThat(authorizationRequest).contains("code_challenge=").contains("code_challenge_method=S256");
        assertThat(page.getByText("Angemeldet als kim.huber")).isVisible();
        assertThat(Pages.heading(page, 1)).isVisible();
        assertThat(navigation(page).getByRole(AriaRole.LINK, linkName("Neuer Anwendungsfall"))).isVisible();
        // ... and the token request the verifier, which the provider checks against it.
        assertThat(tokenRequestBody()).contains("code_verifier=");

        Map<String, Object> account = jdbc.sql("""
                select u.username, u.display_name, u.email, u.password, u.directory_subject,
                       string_agg(r.role, ',') as roles
                from app_user u join app_user_role r on r.user_id = u.id
                where u.directory_subject = ? group by u.id""").param(subject).query().singleRow();
        assertThat(account).containsEntry("username", "kim.huber").containsEntry("display_name", "Kim Huber")
                .containsEntry("email", "kim.huber@stadt.example").containsEntry("roles", "KI_HUB");
        assertThat(account.get("password")).as("no password: local sign-in impossible").isNull();

        // Spring Security's normal events, with the name the rest of the application uses
        assertThat(recorded.events).filteredOn(AuthenticationSuccessEvent.class::isInstance)
                .extracting(e -> ((AbstractAuthenticationEvent) e).getAuthentication().getName())
                .containsExactly("kim.huber");
        assertThat(recorded.events).filteredOn(SecurityEvent.class::isInstance).map(SecurityEvent.class::cast)
                .extracting(SecurityEvent::kind, SecurityEvent::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SecurityEventKind.ACCOUNT_CREATED, "kim.huber"));

        // The directory account cannot sign in with a password, not even an empty one.
        Pages.logOut(page);
        page.getByLabel("Benutzername").fill("kim.huber");
        page.getByLabel("Passwort").fill("");
        page.getByRole(AriaRole.BUTTON, exactName("Anmelden")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Benutzername oder Passwort ist falsch.");
    }

    @Test
    void groupsThatMapToNoRoleGetAClearGermanPageAndNoSession(Page page) {
        String subject = UUID.randomUUID().toString();

        signInAtDirectory(page, subject, """
                {"preferred_username": "kantine", "name": "Karl Kantine", "groups": ["grp-kantine"]}""");

        page.waitForURL(url -> url.contains("/login/refused?reason=no-role"));
        assertThat(Pages.heading(page, 1)).hasText("Anmeldung nicht möglich");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("keiner Ihrer Gruppen ist eine Rolle in KI-Register "
                + "zugeordnet");
        assertThat(page.getByText("Angemeldet als")).hasCount(0);
        assertNoSeriousViolations(page);

        page.navigate("/");
        page.waitForURL(url -> url.endsWith("/login"));
        assertThat(jdbc.sql("select count(*) from app_user where directory_subject = ?").param(subject)
                .query(Long.class).single()).isZero();
        assertThat(recorded.events).filteredOn(AuthenticationFailureBadCredentialsEvent.class::isInstance)
                .extracting(e -> ((AbstractAuthenticationFailureEvent) e).getException())
                .singleElement().isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError()).satisfies(
                                error -> assertThat(error.getErrorCode()).isEqualTo("kiregister_no_role"),
                                error -> assertThat(error.getDescription()).isEqualTo("kantine")));

        page.navigate("/login/refused?reason=no-role&lang=en");
        assertThat(Pages.heading(page, 1)).hasText("Login not possible");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("none of your groups is assigned to a role");
    }

    @Test
    void rolesFollowTheDirectoryAtEverySignInAndLogoutEndsTheProviderSession(Page page) {
        String subject = UUID.randomUUID().toString();
        signInAtDirectory(page, subject, """
                {"preferred_username": "wechsel", "name": "Wera Wechsel", "groups": ["grp-ki-hub"]}""");
        assertThat(navigation(page).getByRole(AriaRole.LINK, linkName("Neuer Anwendungsfall"))).isVisible();

        List<String> endSession = new CopyOnWriteArrayList<>();
        page.onRequest((Request request) -> {
            if (request.url().startsWith(directory.endSessionEndpointUrl(ISSUER_ID).toString())) {
                endSession.add(request.url());
            }
        });
        Pages.logOut(page);
        assertThat(endSession).singleElement().asString()
                .contains("id_token_hint=").contains("post_logout_redirect_uri=");

        // The directory moved the person from KI-Hub to the CAIO's office.
        signInAtDirectory(page, subject, """
                {"preferred_username": "wechsel", "name": "Wera Wechsel", "groups": ["grp-caio"]}""");
        assertThat(page.getByText("Angemeldet als wechsel")).isVisible();
        assertThat(navigation(page).getByRole(AriaRole.LINK, linkName("Portfolio"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactName("Neuer Anwendungsfall"))).hasCount(0);
        assertThat(jdbc.sql("""
                select string_agg(r.role, ',') from app_user u join app_user_role r on r.user_id = u.id
                where u.directory_subject = ?""").param(subject).query(String.class).single()).isEqualTo("CAIO");
        assertThat(recorded.events).filteredOn(SecurityEvent.class::isInstance).map(SecurityEvent.class::cast)
                .filteredOn(e -> e.kind() == SecurityEventKind.ROLES_CHANGED)
                .extracting(SecurityEvent::subject, SecurityEvent::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("wechsel", "directory CAIO"));
    }

    @Test
    void anAccountDisabledInKiRegisterIsRefused(Page page) {
        String subject = UUID.randomUUID().toString();
        String claims = """
                {"preferred_username": "gesperrt", "name": "Gerd Sperr", "groups": ["grp-ki-hub"]}""";
        signInAtDirectory(page, subject, claims);
        assertThat(page.getByText("Angemeldet als gesperrt")).isVisible();
        Pages.logOut(page);

        jdbc.sql("update app_user set enabled = false where directory_subject = ?").param(subject).update();
        signInAtDirectory(page, subject, claims);

        page.waitForURL(url -> url.contains("/login/refused?reason=disabled"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Ihr Konto in KI-Register ist gesperrt.");
        assertThat(recorded.events).filteredOn(AuthenticationFailureDisabledEvent.class::isInstance)
                .extracting(e -> ((AbstractAuthenticationFailureEvent) e).getException().getMessage())
                .containsExactly("gesperrt");
        page.navigate("/");
        page.waitForURL(url -> url.endsWith("/login"));
    }

    @Test
    void aLocalAccountIsTakenOverOnlyWhenListed(Page page) {
        // kihub is a local demo account and not listed: the directory's kihub is refused, the local one untouched.
        signInAtDirectory(page, UUID.randomUUID().toString(), """
                {"preferred_username": "kihub", "name": "Jemand Anderes", "groups": ["grp-ki-hub"]}""");
        page.waitForURL(url -> url.contains("/login/refused?reason=name-taken"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("bereits für ein anderes Konto vergeben");
        assertNoSeriousViolations(page);
        Pages.logIn(page, "kihub");
        Pages.logOut(page);

        // owner is listed: the directory takes it over, with the directory's roles, and its password stops working.
        String subject = UUID.randomUUID().toString();
        signInAtDirectory(page, subject, """
                {"preferred_username": "owner", "name": "Olga Berger", "groups": ["grp-projekte"]}""");
        assertThat(page.getByText("Angemeldet als owner")).isVisible();
        assertThat(jdbc.sql("select count(*) from app_user where username = 'owner' and directory_subject = ? "
                + "and password is null").param(subject).query(Long.class).single()).isOne();
        Pages.logOut(page);
        page.getByLabel("Benutzername").fill("owner");
        page.getByLabel("Passwort").fill(Pages.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, exactName("Anmelden")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Benutzername oder Passwort ist falsch.");
    }

    @Test
    void theUserListMarksDirectoryAccounts(Page page) {
        signInAtDirectory(page, UUID.randomUUID().toString(), """
                {"preferred_username": "verzeichnis.admin", "name": "Vera Zeichnis", "groups": ["grp-admin"]}""");
        page.navigate("/admin/users");

        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("verzeichnis.admin"))).containsText("über Verzeichnis angemeldet");
        assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Kim Huber (KI-Hub)"))).not().containsText("über Verzeichnis angemeldet");
    }

    /**
     * Starts at KI-Register's login page, follows the button to the provider and signs in there with the subject and
     * claims the directory would send. Returns the authorization request as the provider received it.
     */
    private String signInAtDirectory(Page page, String subject, String claims) {
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, exactName("Mit dem Verwaltungskonto anmelden")).click();
        page.waitForURL(url -> url.startsWith(directory.authorizationEndpointUrl(ISSUER_ID).toString()));
        String authorizationRequest = page.url();
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill(claims);
        page.locator("input[type=submit]").click();
        page.waitForURL(url -> !url.startsWith(directory.baseUrl().toString()));
        return authorizationRequest;
    }

    /** The body of the last token request the provider received (the recorded requests are taken in order). */
    private static String tokenRequestBody() {
        String body = null;
        while (true) {
            RecordedRequest request;
            try {
                request = directory.takeRequest(100, TimeUnit.MILLISECONDS);
            } catch (RuntimeException nothingLeft) {
                break;
            }
            if (request.getRequestUrl() != null && request.getRequestUrl().encodedPath().endsWith("/token") && request.getBodySize() > 0) {
                body = request.getBody().readUtf8();
            }
        }
        assertThat(body).as("token request").isNotNull();
        return body;
    }

    /** Every authentication event and security log event the application publishes, in order. */
    static class RecordedEvents {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AbstractAuthenticationEvent event) {
            events.add(event);
        }

        @EventListener
        void on(SecurityEvent event) {
            events.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Events {
        @Bean
        RecordedEvents recordedEvents() {
            return new RecordedEvents();
        }
    }
}
