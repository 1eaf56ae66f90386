package fr.guichet.zones;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only routes that fail, to see what users and the log get from a server error. */
@RestController
class FailingTestController {

    static final String SECRET = "SELECT secret FROM internal_table";

    @GetMapping({"/desk/test-failure", "/api/v1/test-failure"})
    String fail() {
        throw new IllegalStateException(SECRET);
    }
}
