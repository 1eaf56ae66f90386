package fr.guichet.zones;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only route outside every zone and off the public list, as a new module might add by mistake: deny by default
 * must refuse it to everyone (ADR 0013).
 */
@RestController
class UnlistedRouteTestController {

    static final String PATH = "/matrix-unlisted-route";

    @GetMapping(PATH)
    String unlisted() {
        return "should never be served";
    }
}
