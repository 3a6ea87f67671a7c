package de.kiregister.identity.domain;

import java.util.Set;

import de.kiregister.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
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

    IdentityDemoData(UserAccountService users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.createIfMissing("kihub", "Kim Huber (KI-Hub)", "kihub@example.org", "demo", Set.of(Role.KI_HUB));
        users.createIfMissing("owner", "Olga Berger (Projektleitung)", "owner@example.org", "demo",
                Set.of(Role.PROJECT_OWNER));
        users.createIfMissing("personalrat", "Peter Rall (Personalrat)", "personalrat@example.org", "demo",
                Set.of(Role.PERSONALRAT));
        users.createIfMissing("it", "Ines Tran (IT-Sicherheit)", "it@example.org", "demo", Set.of(Role.IT));
        users.createIfMissing("verwaltung", "Vera Walter (Verwaltung)", "verwaltung@example.org", "demo",
                Set.of(Role.VERWALTUNG));
        users.createIfMissing("caio", "Carla Aigner (Chief AI Officer)", "caio@example.org", "demo",
                Set.of(Role.CAIO));
        users.createIfMissing("admin", "Adrian Minh (Administration)", "admin@example.org", "demo",
                Set.of(Role.ADMIN));
        log.info("Demo-Anmeldungen (Passwort jeweils 'demo'): kihub, owner, personalrat, it, verwaltung, caio, admin");
    }
}
