package de.kiregister.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import de.kiregister.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The configuration arrives as environment variables; these are the names the documentation shows. */
class OidcPropertiesTests {

    @Test
    void environmentVariablesBindToRolesAndGroups() {
        OidcProperties properties = bind(Map.of(
                "KIREGISTER_OIDC_ISSUER_URI", "https://login.example.org/realms/stadt",
                "KIREGISTER_OIDC_CLIENT_ID", "ki-register",
                "KIREGISTER_OIDC_CLIENT_SECRET", "geheim",
                "KIREGISTER_OIDC_GROUPS_CLAIM", "realm_access.roles",
                "KIREGISTER_OIDC_ROLES_KI_HUB", "grp-ki-hub,grp-ki-team",
                "KIREGISTER_OIDC_ROLES_PROJECT_OWNER", "/projekte/leitung",
                "KIREGISTER_OIDC_ADOPT_LOCAL_ACCOUNTS", "kihub,owner"));

        assertThat(properties.issuerUri()).hasToString("https://login.example.org/realms/stadt");
        assertThat(properties.clientId()).isEqualTo("ki-register");
        assertThat(properties.clientSecret()).isEqualTo("geheim");
        assertThat(properties.groupsClaim()).isEqualTo("realm_access.roles");
        assertThat(properties.roles()).containsOnly(
                Map.entry(Role.KI_HUB, List.of("grp-ki-hub", "grp-ki-team")),
                Map.entry(Role.PROJECT_OWNER, List.of("/projekte/leitung")));
        assertThat(properties.adoptLocalAccounts()).containsExactlyInAnyOrder("kihub", "owner");
        assertThat(properties.scopes()).containsExactly("openid", "profile", "email");
        assertThat(properties.usernameClaim()).isEqualTo("preferred_username");
    }

    @Test
    void withoutAnyVariableNothingIsConfigured() {
        OidcProperties properties = bind(Map.of());

        assertThat(properties.issuerUri()).isNull();
        assertThat(properties.roles()).isEmpty();
        assertThat(properties.groupsClaim()).isEqualTo("groups");
    }

    static OidcProperties bind(Map<String, ?> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new java.util.HashMap<>(environmentVariables)));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("kiregister.oidc", OidcProperties.class);
    }
}
