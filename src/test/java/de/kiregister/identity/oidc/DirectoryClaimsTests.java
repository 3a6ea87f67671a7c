package de.kiregister.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import de.kiregister.identity.Role;
import org.junit.jupiter.api.Test;

/** What arrives from Keycloak, Entra ID and ADFS, and what KI-Register makes of it. */
class DirectoryClaimsTests {

    @Test
    void groupsComeFromAListAClaimPathOrASingleValue() {
        Map<String, Object> keycloak = Map.of("realm_access", Map.of("roles", List.of("ki-hub", "offline_access")),
                "groups", List.of("personalrat"));
        Map<String, Object> adfs = Map.of("http://schemas.microsoft.com/ws/2008/06/identity/claims/role", "KI-Hub");

        assertThat(DirectoryClaims.groups(keycloak, "realm_access.roles")).containsExactly("ki-hub", "offline_access");
        assertThat(DirectoryClaims.groups(keycloak, "groups")).containsExactly("personalrat");
        assertThat(DirectoryClaims.groups(adfs, "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"))
                .containsExactly("KI-Hub");
        assertThat(DirectoryClaims.groups(keycloak, "realm_access.missing")).isEmpty();
        assertThat(DirectoryClaims.groups(keycloak, "groups.deeper")).isEmpty();
        assertThat(DirectoryClaims.groups(Map.of("groups", "  "), "groups")).isEmpty();
    }

    @Test
    void textClaimsAreStrippedAndBlankMeansMissing() {
        assertThat(DirectoryClaims.text(Map.of("preferred_username", " kim.huber "), "preferred_username"))
                .contains("kim.huber");
        assertThat(DirectoryClaims.text(Map.of("preferred_username", " "), "preferred_username")).isEmpty();
        assertThat(DirectoryClaims.text(Map.of("preferred_username", List.of("x")), "preferred_username")).isEmpty();
    }

    @Test
    void everyRoleOneOfWhoseGroupsTheUserIsInIsGranted() {
        DirectoryRoles roles = new DirectoryRoles(Map.of(
                Role.KI_HUB, List.of("grp-ki-hub", "grp-ki-team"),
                Role.CAIO, List.of("grp-caio"),
                Role.ADMIN, List.of("grp-admin")));

        assertThat(roles.rolesFor(List.of("grp-ki-team", "grp-caio", "grp-kantine")))
                .containsExactlyInAnyOrder(Role.KI_HUB, Role.CAIO);
        assertThat(roles.rolesFor(List.of("GRP-ADMIN", "grp-kantine"))).as("compared exactly").isEmpty();
        assertThat(roles.rolesFor(List.of())).isEmpty();
    }
}
