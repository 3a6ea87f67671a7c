package de.kiregister.identity.domain;

import java.util.Set;
import java.util.function.Supplier;

import de.kiregister.identity.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One demo user per role, password {@code demo}, created once. Only active for the embedded default database
 * ({@code kiregister.demo.enabled}), never against a configured PostgreSQL unless asked for explicitly.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("kiregister.demo.enabled")
class IdentityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private final UserAccountService users;
    private final PasswordEncoder passwordEncoder;

    IdentityDemoData(UserAccountService users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        // One hash of the (publicly known) demo password for all demo users, computed only if one is missing:
        // bcrypt costs about 0.1 s per hash, seven of them were a noticeable part of the first start.
        Supplier<String> demo = new Supplier<>() {
            private @Nullable String hash;

            @Override
            public String get() {
                if (hash == null) {
                    hash = passwordEncoder.encode("demo");
                }
                return hash;
            }
        };
        users.createIfMissing("kihub", "Kim Huber (KI-Hub)", "kihub@example.org", demo, Set.of(Role.KI_HUB));
        users.createIfMissing("owner", "Olga Berger (Projektleitung)", "owner@example.org", demo,
                Set.of(Role.PROJECT_OWNER));
        users.createIfMissing("personalrat", "Peter Rall (Personalrat)", "personalrat@example.org", demo,
                Set.of(Role.PERSONALRAT));
        users.createIfMissing("it", "Ines Tran (IT-Sicherheit)", "it@example.org", demo, Set.of(Role.IT));
        users.createIfMissing("verwaltung", "Vera Walter (Verwaltung)", "verwaltung@example.org", demo,
                Set.of(Role.VERWALTUNG));
        users.createIfMissing("caio", "Carla Aigner (Chief AI Officer)", "caio@example.org", demo,
                Set.of(Role.CAIO));
        users.createIfMissing("admin", "Adrian Minh (Administration)", "admin@example.org", demo,
                Set.of(Role.ADMIN));
        log.info("Demo-Anmeldungen (Passwort jeweils 'demo'): kihub, owner, personalrat, it, verwaltung, caio, admin");
    }
}
