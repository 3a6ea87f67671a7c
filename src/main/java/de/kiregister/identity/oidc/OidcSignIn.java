package de.kiregister.identity.oidc;

import java.net.URI;
import java.util.Objects;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in through the city's directory (OpenID Connect, authorization code flow with PKCE), added to the one filter
 * chain by {@code SecurityConfiguration} when an issuer is configured. It exists as a bean only then; the login page
 * asks for it to show the button.
 */
public final class OidcSignIn {

    private final DiscoveredClientRegistration registration;
    private final OAuth2UserService<OidcUserRequest, OidcUser> users;
    private final String label;
    private final URI issuerUri;

    OidcSignIn(DiscoveredClientRegistration registration, OAuth2UserService<OidcUserRequest, OidcUser> users,
            OidcProperties properties) {
        this.registration = registration;
        this.users = users;
        this.label = properties.loginLabel();
        this.issuerUri = Objects.requireNonNull(properties.issuerUri(), "issuer");
    }

    /** Where the button on the login page points: starts the flow at the provider. */
    public String startPath() {
        return "/oauth2/authorization/" + DiscoveredClientRegistration.REGISTRATION_ID;
    }

    /**
     * The provider's origin ({@code https://login.example.org}), for the Content-Security-Policy: the logout form's
     * answer is a redirect to the provider's end_session_endpoint, which {@code form-action 'self'} alone would block.
     */
    public String providerOrigin() {
        return issuerUri.getScheme() + "://" + issuerUri.getAuthority();
    }

    /**
     * The reason a refusal page may show for the requested one: a known reason as it is, anything else as the
     * general "failed". The parameter only ever picks a message key.
     */
    public String knownRefusalReason(String requested) {
        return Refusal.ofReason(requested).orElse(Refusal.FAILED).reason();
    }

    /** The configured button label; empty for the default text of the message bundle. */
    public String label() {
        return label;
    }

    /**
     * Adds the sign-in and, for people signed in through the directory, the logout at the provider (RP-initiated
     * logout) where its discovery document names an {@code end_session_endpoint}; everybody else, and everybody when
     * the provider has none, lands on {@code /login?logout} as before. Call after the chain's own logout settings.
     */
    public void configure(HttpSecurity http) {
        OidcClientInitiatedLogoutSuccessHandler logoutAtProvider =
                new OidcClientInitiatedLogoutSuccessHandler(registration);
        logoutAtProvider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        logoutAtProvider.setDefaultTargetUrl("/login?logout");
        http.oauth2Login(login -> login
                        .loginPage("/login")
                        .clientRegistrationRepository(registration)
                        // Tokens live in the session (PostgreSQL), so every instance sees them and they end with it.
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new DirectorySignInFailures(false))
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(new DirectorySignInFailures(true));
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutSuccessHandler(logoutAtProvider));
    }
}
