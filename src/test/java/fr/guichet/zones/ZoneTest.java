package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

class ZoneTest {

    @Test
    void pathsBelongToTheirZone() {
        assertThat(Zone.ofPath("/")).isEqualTo(Zone.PUBLIC);
        assertThat(Zone.ofPath("/contact")).isEqualTo(Zone.PUBLIC);
        assertThat(Zone.ofPath("/portal")).isEqualTo(Zone.PORTAL);
        assertThat(Zone.ofPath("/portal/requests/3")).isEqualTo(Zone.PORTAL);
        assertThat(Zone.ofPath("/portals")).isEqualTo(Zone.PUBLIC);
        assertThat(Zone.ofPath("/desk/x")).isEqualTo(Zone.DESK);
        assertThat(Zone.ofPath("/back/admin/users")).isEqualTo(Zone.BACK);
        assertThat(Zone.ofPath("/api/v1/requests")).isEqualTo(Zone.API);
    }

    @Test
    void eachUserLandsInTheirZone() {
        assertThat(Zone.homeOf(as(Role.CUSTOMER))).isEqualTo(Zone.PORTAL);
        assertThat(Zone.homeOf(as(Role.FRONT_OFFICE))).isEqualTo(Zone.DESK);
        assertThat(Zone.homeOf(as(Role.FRONT_OFFICE, Role.TEAM_LEAD))).isEqualTo(Zone.DESK);
        assertThat(Zone.homeOf(as(Role.BACK_OFFICE))).isEqualTo(Zone.BACK);
        assertThat(Zone.homeOf(as(Role.BACK_OFFICE, Role.TEAM_LEAD))).isEqualTo(Zone.BACK);
        assertThat(Zone.homeOf(as(Role.TEAM_LEAD))).isEqualTo(Zone.BACK);
        assertThat(Zone.homeOf(as(Role.ADMIN, Role.FRONT_OFFICE))).isEqualTo(Zone.BACK);
    }

    @Test
    void zonesAdmitTheirRolesOnly() {
        assertThat(Zone.DESK.admits(as(Role.FRONT_OFFICE))).isTrue();
        assertThat(Zone.DESK.admits(as(Role.BACK_OFFICE))).isFalse();
        assertThat(Zone.BACK.admits(as(Role.CUSTOMER))).isFalse();
        assertThat(Zone.PORTAL.admits(as(Role.ADMIN))).isFalse();
        assertThat(Zone.PUBLIC.admits(null)).isTrue();
    }

    private static Authentication as(Role... roles) {
        return new TestingAuthenticationToken(
                "someone", null, Arrays.stream(roles).map(Role::authority).toArray(String[]::new));
    }
}
