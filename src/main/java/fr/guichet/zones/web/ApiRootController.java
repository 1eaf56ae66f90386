package fr.guichet.zones.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.shared.web.RestApi;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's entry point: who is calling and where to go from here. */
@RestController
@RestApi
@RequestMapping("/api/v1")
class ApiRootController {

    /** The answer of {@code GET /api/v1}. */
    record ApiRoot(String name, String version, Caller caller, Map<String, String> links) {}

    /** The account behind the token. */
    record Caller(String username, String displayName, List<Role> roles) {}

    @GetMapping
    ApiRoot root(@AuthenticationPrincipal AccountPrincipal user) {
        List<Role> roles = Arrays.stream(Role.values()).filter(user::hasRole).toList();
        return new ApiRoot(
                "Guichet",
                "v1",
                new Caller(user.getUsername(), user.getDisplayName(), roles),
                Map.of("self", "/api/v1", "health", "/actuator/health"));
    }
}
