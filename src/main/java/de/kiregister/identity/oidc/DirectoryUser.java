package de.kiregister.identity.oidc;

import java.io.Serial;
import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.jspecify.annotations.Nullable;

/**
 * A person signed in through the directory, as the rest of KI-Register sees every user: the name is
 * {@code app_user.username} (what {@code CurrentUser}, auditing and ownership use), the authorities are the
 * {@code ROLE_*} of the mapped roles. ID token and user info stay attached for the logout at the provider.
 */
final class DirectoryUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;

    DirectoryUser(String username, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryUser user && user.username.equals(username) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
