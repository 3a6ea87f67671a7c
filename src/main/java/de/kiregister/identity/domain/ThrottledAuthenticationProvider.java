package de.kiregister.identity.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password, as Spring Security checks them, but not for a name that failed too often lately: then
 * the password is not even looked at until the lock ends. Applies to the login form and to HTTP Basic alike. With
 * {@code kiregister.login.local.enabled=false} (sign-in only through the directory) no password is accepted at all.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final boolean localSignIn;

    ThrottledAuthenticationProvider(UserAccountService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, @Value("${kiregister.login.local.enabled:true}") boolean localSignIn) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.localSignIn = localSignIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!localSignIn) {
            throw new BadCredentialsException("local sign-in is switched off");
        }
        String username = authentication.getName();
        if (throttle.lockedUntil(username).isPresent()) {
            throw new LockedException("too many failed logins");
        }
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return authenticated;
        } catch (BadCredentialsException e) {
            // Unknown names arrive here too (Spring hides "user not found"): they are counted the same way.
            throttle.failed(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
