package de.kiregister.identity.oidc;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kiregister.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with the city's directory over OpenID Connect, configured only by environment. Nothing of it is
 * active while {@code issuer-uri} is empty.
 *
 * @param issuerUri the provider's issuer; its discovery document is read at the first sign-in
 * @param clientId the client id registered at the provider
 * @param clientSecret the client's secret (confidential client; PKCE is used in addition)
 * @param scopes the scopes requested; {@code openid} must be among them
 * @param usernameClaim the claim that becomes {@code app_user.username} on first sign-in
 * @param groupsClaim the claim with the user's groups or roles; a dotted path reaches into nested claims
 *     ({@code realm_access.roles}), a claim whose own name contains dots is found first
 * @param roles per role of KI-Register, the directory groups that grant it; keyed by role so that each entry is one
 *     environment variable whose name Spring Boot can bind to a map key: {@code KIREGISTER_OIDC_ROLES_KI_HUB=grp-ki-hub,
 *     grp-ki-team} (a property with a dash before the key, such as {@code role-mapping}, would need
 *     {@code KIREGISTER_OIDC_ROLEMAPPING_KI_HUB}, which nobody guesses)
 * @param adoptLocalAccounts names of existing local accounts the directory may take over at that user's first
 *     sign-in (their password is removed then); any other local account of the same name refuses the sign-in
 * @param loginLabel the label of the sign-in button; empty for the default text of the message bundle
 */
@ConfigurationProperties("kiregister.oidc")
public record OidcProperties(
        @Nullable URI issuerUri,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue({ "openid", "profile", "email" }) List<String> scopes,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("groups") String groupsClaim,
        @Nullable Map<Role, List<String>> roles,
        @Nullable Set<String> adoptLocalAccounts,
        @DefaultValue("") String loginLabel) {

    public OidcProperties {
        roles = roles == null || roles.isEmpty() ? Map.of() : new EnumMap<>(roles);
        adoptLocalAccounts = adoptLocalAccounts == null ? Set.of() : Set.copyOf(adoptLocalAccounts);
        scopes = List.copyOf(scopes);
    }
}
