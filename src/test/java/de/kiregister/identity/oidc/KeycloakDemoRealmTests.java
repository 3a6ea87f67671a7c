package de.kiregister.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import de.kiregister.identity.Role;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo directory of {@code docker compose --profile keycloak} cannot be started here (no Docker), so its realm
 * export is checked against what the application will do with it: every demo user's groups, mapped through the
 * role mapping the compose file passes to the application, give exactly that user's role in the demo data; the
 * client is confidential, demands PKCE and redirects to the application's callback; the groups arrive in the claim
 * the application reads.
 */
class KeycloakDemoRealmTests {

    /** The demo users and their roles (IdentityDemoData, README). */
    private static final Map<String, Role> DEMO_USERS = Map.of(
            "kihub", Role.KI_HUB, "owner", Role.PROJECT_OWNER, "personalrat", Role.PERSONALRAT, "it", Role.IT,
            "verwaltung", Role.VERWALTUNG, "caio", Role.CAIO, "admin", Role.ADMIN);

    private static final Pattern DEFAULT_VALUE = Pattern.compile("\\$\\{([A-Z_]+):-(.*)}");

    private final JsonNode realm = JsonMapper.builder().build()
            .readTree(Files.readString(Path.of("docker/keycloak/realm-ki-register.json")));

    private final Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));

    KeycloakDemoRealmTests() throws IOException {
    }

    @Test
    void everyDemoUserGetsTheRoleOfTheSameDemoUserInTheApplication() {
        OidcProperties properties = OidcPropertiesTests.bind(applicationEnvironmentDefaults());
        DirectoryRoles roles = new DirectoryRoles(properties.roles());
        Map<String, Set<Role>> mapped = new HashMap<>();
        for (JsonNode user : realm.get("users")) {
            List<String> groups = StreamSupport.stream(user.get("groups").spliterator(), false)
                    // Keycloak names groups by path; the mapper sends the plain name (full.path false).
                    .map(group -> group.asString().replaceFirst("^/", "")).toList();
            mapped.put(user.get("username").asString(), roles.rolesFor(groups));
            assertThat(user.get("credentials").get(0).get("value").asString()).isEqualTo("demo");
            assertThat(user.get("credentials").get(0).get("temporary").asBoolean()).isFalse();
            assertThat(user.get("email").asString()).as("profile complete, no form at first login").isNotBlank();
            assertThat(user.get("firstName").asString()).isNotBlank();
            assertThat(user.get("lastName").asString()).isNotBlank();
        }

        DEMO_USERS.forEach((username, role) -> assertThat(mapped.get(username)).as(username).containsExactly(role));
        assertThat(mapped.get("kantine")).as("the user without a role, for the refusal page").isEmpty();
        Set<String> realmGroups = Set.copyOf(realm.get("groups").findValuesAsString("name"));
        properties.roles().values().forEach(groups -> assertThat(realmGroups).containsAll(groups));
    }

    @Test
    void theClientIsConfidentialWithPkceAndTheApplicationsCallback() {
        JsonNode client = realm.get("clients").get(0);
        Map<String, String> environment = applicationEnvironmentDefaults();

        assertThat(realm.get("realm").asString()).isEqualTo("ki-register");
        assertThat(client.get("clientId").asString()).isEqualTo(environment.get("KIREGISTER_OIDC_CLIENT_ID"));
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("secret").asString()).isEqualTo(environment.get("KIREGISTER_OIDC_CLIENT_SECRET"));
        assertThat(client.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(client.get("directAccessGrantsEnabled").asBoolean()).as("no password grant").isFalse();
        assertThat(client.get("redirectUris").get(0).asString())
                .endsWith("/login/oauth2/code/" + DiscoveredClientRegistration.REGISTRATION_ID);
        assertThat(client.get("attributes").get("post.logout.redirect.uris").asString()).endsWith("/login?logout");

        JsonNode groupsMapper = client.get("protocolMappers").get(0);
        assertThat(groupsMapper.get("protocolMapper").asString()).isEqualTo("oidc-group-membership-mapper");
        assertThat(groupsMapper.get("config").get("claim.name").asString())
                .isEqualTo(environment.get("KIREGISTER_OIDC_GROUPS_CLAIM"));
        assertThat(groupsMapper.get("config").get("full.path").asString()).isEqualTo("false");
        assertThat(groupsMapper.get("config").get("id.token.claim").asString()).isEqualTo("true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakIsOptionalAndImportsThisRealm() {
        Map<String, Object> keycloak = service("keycloak");

        assertThat(keycloak.get("profiles")).isEqualTo(List.of("keycloak"));
        assertThat((List<Object>) keycloak.get("command")).contains("--import-realm");
        assertThat((List<Object>) keycloak.get("volumes")).contains("./docker/keycloak:/opt/keycloak/data/import:ro");
        assertThat(applicationEnvironmentDefaults()).as("single sign-on off unless the issuer is given")
                .containsEntry("KIREGISTER_OIDC_ISSUER_URI", "");
    }

    /** The application's environment as compose passes it when the calling shell sets none of the variables. */
    private Map<String, String> applicationEnvironmentDefaults() {
        Map<String, String> defaults = new HashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service("app").get("environment");
        environment.forEach((name, value) -> {
            Matcher matcher = DEFAULT_VALUE.matcher(value == null ? "" : value.toString());
            if (name.startsWith("KIREGISTER_OIDC_") && matcher.matches()) {
                defaults.put(name, matcher.group(2));
            }
        });
        return defaults;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }
}
