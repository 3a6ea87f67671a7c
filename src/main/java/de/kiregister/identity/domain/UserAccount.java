package de.kiregister.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import de.kiregister.identity.Role;
import de.kiregister.identity.UserSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A person who can log in. The password is stored only as a delegating-encoder hash and never audited. An account
 * that signs in through the city's directory (OpenID Connect) is linked to it by issuer and subject and has no
 * password, so it can never sign in with one.
 */
@Entity
@Table(name = "app_user")
@Audited
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    private String displayName;

    private String email;

    @NotAudited
    private @Nullable String password;

    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Issuer and subject of the directory account; both null for a local account. */
    @NotAudited
    private @Nullable String directoryIssuer;

    @NotAudited
    private @Nullable String directorySubject;

    @Version
    @NotAudited
    private long version;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant changedAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, @Nullable String passwordHash,
            Set<Role> roles) {
        Assert.hasText(username, "username must not be empty");
        this.id = UUID.randomUUID();
        this.username = username;
        this.password = passwordHash;
        this.enabled = true;
        this.createdAt = Instant.now();
        update(displayName, email, roles, true);
    }

    /** An account created at the first sign-in through the directory: no password, roles from the directory. */
    public static UserAccount fromDirectory(String username, String displayName, String email, Set<Role> roles,
            String issuer, String subject) {
        UserAccount account = new UserAccount(username, displayName, email, null, roles);
        account.linkToDirectory(issuer, subject);
        return account;
    }

    /**
     * From now on the directory vouches for this person: the password is removed, so the account can no longer sign
     * in locally.
     */
    public void linkToDirectory(String issuer, String subject) {
        Assert.hasText(issuer, "issuer must not be empty");
        Assert.hasText(subject, "subject must not be empty");
        this.directoryIssuer = issuer;
        this.directorySubject = subject;
        this.password = null;
        this.changedAt = Instant.now();
    }

    /** Name, e-mail and roles as the directory says at this sign-in; whether the account is enabled stays ADMIN's. */
    public void followDirectory(String displayName, String email, Set<Role> roles) {
        Assert.state(signsInThroughDirectory(), "only a directory account follows the directory");
        update(displayName, email, roles, enabled);
    }

    public boolean signsInThroughDirectory() {
        return directorySubject != null;
    }

    public void update(String displayName, String email, Set<Role> roles, boolean enabled) {
        Assert.hasText(displayName, "displayName must not be empty");
        this.displayName = displayName;
        this.email = email;
        this.roles.clear();
        this.roles.addAll(roles);
        this.enabled = enabled;
        this.changedAt = Instant.now();
    }

    public void changePassword(String passwordHash) {
        this.password = passwordHash;
        this.changedAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    /** Null for an account that signs in through the directory. */
    public @Nullable String passwordHash() {
        return password;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public long version() {
        return version;
    }

    public UserSummary summary() {
        return new UserSummary(username, displayName, email, roles, enabled);
    }
}
