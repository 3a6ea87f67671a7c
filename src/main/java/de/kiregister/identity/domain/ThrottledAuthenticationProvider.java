package de.kiregister.identity.domain;

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
 * the password is not even looked at until the lock ends. Applies to the login form and to HTTP Basic alike.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserAccountService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
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
