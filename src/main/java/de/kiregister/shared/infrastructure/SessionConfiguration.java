package de.kiregister.shared.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (several instances share them). Two requests of one session at the same time — an
 * htmx swap while a form posts, two tabs, a retried request — can both add the same session attribute; with the
 * default plain INSERT the second fails on the primary key and the user gets an error page. The PostgreSQL
 * customizer writes attributes with {@code insert … on conflict do update} instead. Found by the load test.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributesAsUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
