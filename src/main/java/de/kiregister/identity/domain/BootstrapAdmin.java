package de.kiregister.identity.domain;

import java.util.Set;

import de.kiregister.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Against a fresh production database there is nobody to log in as. With
 * {@code KIREGISTER_BOOTSTRAP_ADMIN_PASSWORD} set, the first start creates user {@code admin} with role ADMIN,
 * and only while the user table is empty.
 */
@Component
@Order(5)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserAccountRepository repository;
    private final UserAccountService users;
    private final String password;

    BootstrapAdmin(UserAccountRepository repository, UserAccountService users,
            @Value("${kiregister.bootstrap-admin-password:}") String password) {
        this.repository = repository;
        this.users = users;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!password.isBlank() && repository.count() == 0) {
            users.createIfMissing("admin", "Administration", "admin@localhost", password, Set.of(Role.ADMIN));
            log.info("Erster Administrator 'admin' angelegt");
        }
    }
}
