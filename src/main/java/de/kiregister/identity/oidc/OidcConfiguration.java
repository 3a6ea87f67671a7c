package de.kiregister.identity.oidc;

import java.util.Map;

import de.kiregister.identity.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Single sign-on, only when an issuer is configured. The client registration deliberately is no bean: Spring Boot's
 * OAuth2 client auto-configuration then stays off entirely, and the registration is read from the provider lazily
 * ({@link DiscoveredClientRegistration}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(IssuerConfigured.class)
@EnableConfigurationProperties(OidcProperties.class)
class OidcConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OidcConfiguration.class);

    @Bean
    DirectoryAccounts directoryAccounts(UserAccountRepository users, ApplicationEventPublisher events,
            OidcProperties properties) {
        return new DirectoryAccounts(users, events, properties.adoptLocalAccounts());
    }

    @Bean
    OidcSignIn oidcSignIn(OidcProperties properties, DirectoryAccounts accounts) {
        if (properties.clientId().isBlank()) {
            throw new IllegalStateException("kiregister.oidc.issuer-uri is set, but kiregister.oidc.client-id "
                    + "(KIREGISTER_OIDC_CLIENT_ID) is empty");
        }
        if (!properties.scopes().contains("openid")) {
            throw new IllegalStateException("kiregister.oidc.scopes must contain openid");
        }
        if (properties.roles().isEmpty()) {
            log.warn("Anmeldung über das Verzeichnis ohne Rollenzuordnung (KIREGISTER_OIDC_ROLES_<ROLLE>): "
                    + "jede Anmeldung wird abgelehnt");
        }
        log.info("Anmeldung über das Verzeichnis {} eingeschaltet (Client {}, Gruppen aus Claim '{}')",
                properties.issuerUri(), properties.clientId(), properties.groupsClaim());
        return new OidcSignIn(new DiscoveredClientRegistration(properties),
                new DirectoryUserService(new OidcUserService(), accounts, properties), properties);
    }

    /**
     * Spring Security publishes a failed sign-in only for exceptions it knows, and an OpenID Connect refusal (no
     * role, name taken, invalid answer of the provider) is none of them: without this mapping such failures would
     * never reach the security log. A disabled account is Spring's own {@code DisabledException} and needs none.
     */
    @Bean
    static BeanPostProcessor directorySignInFailureEvents() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DefaultAuthenticationEventPublisher publisher) {
                    publisher.setAdditionalExceptionMappings(Map.of(OAuth2AuthenticationException.class,
                            AuthenticationFailureBadCredentialsEvent.class));
                }
                return bean;
            }
        };
    }
}
