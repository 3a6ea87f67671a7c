package de.kiregister.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import de.kiregister.identity.Role;
import de.kiregister.identity.UserDirectory;
import de.kiregister.identity.UserSummary;
import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users for login ({@link UserDetailsService}), for other modules ({@link UserDirectory}) and for ADMIN. */
@Service
@Transactional(readOnly = true)
public class UserAccountService implements UserDetailsService, UserDirectory {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        if (account.signsInThroughDirectory()) {
            // The directory vouches for this person, not a password: a password sign-in (form or HTTP Basic) is
            // answered exactly like an unknown name, and counted by the throttle the same way.
            throw new UsernameNotFoundException("account signs in through the directory");
        }
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    @Override
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username).map(UserAccount::summary);
    }

    @Override
    public List<UserSummary> usersWithRole(Role role) {
        return users.findAllByOrderByDisplayNameAsc().stream()
                .filter(UserAccount::enabled)
                .filter(u -> u.roles().contains(role))
                .map(UserAccount::summary)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> allUsers() {
        return users.findAllByOrderByDisplayNameAsc();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount user(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(String username, String displayName, String email, String password, Set<Role> roles) {
        if (users.existsByUsername(username)) {
            throw new DomainRuleViolation("user.username.taken", username);
        }
        return users.save(new UserAccount(username, displayName, email, passwordEncoder.encode(password), roles));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(UUID id, String displayName, String email, Set<Role> roles, boolean enabled) {
        user(id).update(displayName, email, roles, enabled);
    }

    /** Creates the user unless it exists; for demo data, which runs without a logged-in admin. */
    @Transactional
    public void createIfMissing(String username, String displayName, String email, String password, Set<Role> roles) {
        createIfMissing(username, displayName, email, () -> passwordEncoder.encode(password), roles);
    }

    /**
     * As above with a ready-made hash, asked for only if the user is missing: the demo users share one password,
     * and hashing it once instead of once per user saves most of their share of the first start (bcrypt).
     */
    @Transactional
    void createIfMissing(String username, String displayName, String email, Supplier<String> passwordHash,
            Set<Role> roles) {
        if (!users.existsByUsername(username)) {
            users.save(new UserAccount(username, displayName, email, passwordHash.get(), roles));
        }
    }
}
