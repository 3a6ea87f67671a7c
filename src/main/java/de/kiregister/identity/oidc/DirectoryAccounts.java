package de.kiregister.identity.oidc;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccount;
import de.kiregister.identity.domain.UserAccountRepository;
import de.kiregister.shared.SecurityEvent;
import de.kiregister.shared.SecurityEventKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of people who sign in through the directory. The account is found by issuer and subject; on the first
 * sign-in it is created with the directory's name and e-mail. At every sign-in its roles become the ones the
 * directory's groups map to. Rules:
 * <ul>
 *   <li>No role mapped: refused, and a known account loses its roles (so it no longer receives a party's mail).</li>
 *   <li>Disabled by ADMIN in KI-Register: refused, nothing changed.</li>
 *   <li>A first sign-in whose user name another account already has is refused: a local account is taken over
 *       only when its name is listed in {@code kiregister.oidc.adopt-local-accounts} (then its password is removed),
 *       an account linked to another directory identity never.</li>
 * </ul>
 */
class DirectoryAccounts {

    private static final Logger log = LoggerFactory.getLogger(DirectoryAccounts.class);

    /** The detail of the security log entries this class writes: the change came from the directory. */
    static final String DIRECTORY = "directory";

    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;
    private final Set<String> adoptableLocalAccounts;

    DirectoryAccounts(UserAccountRepository users, ApplicationEventPublisher events,
            Set<String> adoptableLocalAccounts) {
        this.users = users;
        this.events = events;
        this.adoptableLocalAccounts = Set.copyOf(adoptableLocalAccounts);
    }

    sealed interface Outcome {
        record Accepted(String username, Set<Role> roles) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    @Transactional
    Outcome signIn(DirectoryIdentity identity) {
        Optional<UserAccount> linked = users.findByDirectoryIssuerAndDirectorySubject(identity.issuer(),
                identity.subject());
        if (linked.isPresent()) {
            return signInKnown(linked.get(), identity);
        }
        if (identity.roles().isEmpty()) {
            // Nobody without rights gets a record: the directory holds all the city's staff.
            return refused(Refusal.NO_ROLE, identity);
        }
        Optional<UserAccount> sameName = users.findByUsername(identity.username());
        if (sameName.isPresent()) {
            UserAccount local = sameName.get();
            if (local.signsInThroughDirectory() || !adoptableLocalAccounts.contains(local.username())) {
                return refused(Refusal.NAME_TAKEN, identity);
            }
            if (!local.enabled()) {
                return refused(Refusal.DISABLED, identity);
            }
            local.linkToDirectory(identity.issuer(), identity.subject());
            log.info("Lokales Konto {} wird ab jetzt über das Verzeichnis angemeldet (Passwort entfernt)",
                    local.username());
            return signInKnown(local, identity);
        }
        UserAccount created = users.save(UserAccount.fromDirectory(identity.username(), identity.displayName(),
                identity.email(), identity.roles(), identity.issuer(), identity.subject()));
        publish(SecurityEventKind.ACCOUNT_CREATED, created.username(), DIRECTORY + " " + roles(created.roles()));
        return new Outcome.Accepted(created.username(), created.roles());
    }

    private Outcome signInKnown(UserAccount account, DirectoryIdentity identity) {
        if (!account.enabled()) {
            return refused(Refusal.DISABLED, identity);
        }
        Set<Role> before = account.roles();
        account.followDirectory(identity.displayName(), identity.email(), identity.roles());
        if (!before.equals(account.roles())) {
            publish(SecurityEventKind.ROLES_CHANGED, account.username(), DIRECTORY + " " + roles(account.roles()));
        }
        if (account.roles().isEmpty()) {
            return refused(Refusal.NO_ROLE, identity);
        }
        return new Outcome.Accepted(account.username(), account.roles());
    }

    private Outcome refused(Refusal refusal, DirectoryIdentity identity) {
        log.info("Anmeldung über das Verzeichnis abgelehnt ({}): {}", refusal.reason(), identity.username());
        return new Outcome.Refused(refusal);
    }

    private void publish(SecurityEventKind kind, String username, String detail) {
        // Nobody is signed in yet while the directory's answer is processed: the person signing in is the actor.
        events.publishEvent(new SecurityEvent(kind, username, detail, username));
    }

    private static String roles(Set<Role> roles) {
        return String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
    }
}
