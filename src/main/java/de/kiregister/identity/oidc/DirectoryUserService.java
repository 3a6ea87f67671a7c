package de.kiregister.identity.oidc;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.kiregister.identity.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider's answer has been verified (signature, issuer, audience, nonce; Spring Security's
 * {@link OidcUserService}), turns the directory's person into a KI-Register account: user name, name and e-mail from
 * the claims, roles from the groups claim through the configured mapping. A refusal is thrown as an authentication
 * exception with its reason, so no session with rights comes into being.
 */
class DirectoryUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(DirectoryUserService.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final DirectoryAccounts accounts;
    private final DirectoryRoles roles;
    private final OidcProperties properties;

    DirectoryUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, DirectoryAccounts accounts,
            OidcProperties properties) {
        this.provider = provider;
        this.accounts = accounts;
        this.roles = new DirectoryRoles(properties.roles());
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        Map<String, Object> claims = person.getClaims();
        String username = DirectoryClaims.text(claims, properties.usernameClaim())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> {
                    log.warn("Anmeldung über das Verzeichnis ohne Benutzernamen im Claim '{}' (Subjekt {})",
                            properties.usernameClaim(), person.getSubject());
                    return refusal(Refusal.NO_USERNAME, null);
                });
        Set<String> groups = DirectoryClaims.groups(claims, properties.groupsClaim());
        Set<Role> mapped = roles.rolesFor(groups);
        if (mapped.isEmpty()) {
            // What an operator needs to extend the mapping: which groups arrived in which claim.
            log.info("Keine Rolle für {}: Gruppen im Claim '{}': {}", username, properties.groupsClaim(), groups);
        }
        DirectoryIdentity identity = new DirectoryIdentity(person.getIdToken().getIssuer().toString(),
                person.getSubject(), username, displayName(claims, username), email(claims, username), mapped);
        DirectoryAccounts.Outcome outcome;
        try {
            outcome = accounts.signIn(identity);
        } catch (DataIntegrityViolationException e) {
            // Two first sign-ins of one person at the same moment: the second loses on the unique keys; the next
            // attempt finds the account.
            log.warn("Anmeldung über das Verzeichnis von {} gleichzeitig mit einer anderen: {}", username,
                    e.getMostSpecificCause().getMessage());
            throw refusal(Refusal.FAILED, username);
        }
        return switch (outcome) {
            case DirectoryAccounts.Outcome.Accepted accepted -> new DirectoryUser(accepted.username(),
                    AuthorityUtils.createAuthorityList(accepted.roles().stream().map(Role::authority).toList()),
                    person.getIdToken(), person.getUserInfo());
            // Spring Security's own exception, so the security log records a refused sign-in of a disabled account
            // as such (AuthenticationFailureDisabledEvent).
            case DirectoryAccounts.Outcome.Refused(Refusal refusal) when refusal == Refusal.DISABLED ->
                    throw new DisabledException(username);
            case DirectoryAccounts.Outcome.Refused(Refusal refusal) -> throw refusal(refusal, username);
        };
    }

    /**
     * The refusal as Spring Security's exception. The failed sign-in's {@code Authentication} carries no name yet, so
     * the user name the directory vouched for travels as the error's description (and as the message of the
     * {@code DisabledException}): the security log can tell whose sign-in was refused.
     */
    static OAuth2AuthenticationException refusal(Refusal refusal, @Nullable String username) {
        return new OAuth2AuthenticationException(new OAuth2Error(refusal.errorCode(), username, null),
                refusal.errorCode());
    }

    private static String displayName(Map<String, Object> claims, String username) {
        return DirectoryClaims.text(claims, "name")
                .or(() -> DirectoryClaims.text(claims, "given_name")
                        .map(given -> DirectoryClaims.text(claims, "family_name").map(f -> given + " " + f)
                                .orElse(given)))
                .orElse(username);
    }

    /** Entra ID often sends no e-mail claim; there the user name is the mail address. */
    private static String email(Map<String, Object> claims, String username) {
        return DirectoryClaims.text(claims, "email").orElse(username.contains("@") ? username : "");
    }
}
