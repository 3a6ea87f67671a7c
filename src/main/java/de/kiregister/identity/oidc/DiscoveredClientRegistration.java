package de.kiregister.identity.oidc;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration, built from the provider's discovery document at the first sign-in rather than at
 * start-up (Spring Boot's own registration reads it while starting): KI-Register starts, and its local break-glass
 * admin can sign in, while the directory is down. Once read, the registration is kept; until then every sign-in tries
 * again, and a failed try refuses the sign-in with the "unavailable" page.
 */
final class DiscoveredClientRegistration implements ClientRegistrationRepository {

    /** The {@code {registrationId}} in the redirect URI to register at the provider: /login/oauth2/code/oidc. */
    static final String REGISTRATION_ID = "oidc";

    private static final Logger log = LoggerFactory.getLogger(DiscoveredClientRegistration.class);

    private final OidcProperties properties;

    private volatile @Nullable ClientRegistration registration;

    DiscoveredClientRegistration(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = discover();
            registration = known;
        }
        return known;
    }

    private @Nullable ClientRegistration discover() {
        String issuer = String.valueOf(properties.issuerUri());
        try {
            // Checks that the document's issuer is exactly the configured one (OpenID Connect Discovery 1.0, 4.3).
            // PKCE (S256) is on by default for the authorization code flow, confidential client or not.
            return ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .scope(properties.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .clientName(properties.loginLabel().isBlank() ? "OpenID Connect" : properties.loginLabel())
                    .build();
        } catch (RuntimeException e) {
            log.warn("Verzeichnis {} nicht erreichbar oder Discovery-Dokument ungültig: {}", issuer, e.toString());
            return null;
        }
    }
}
