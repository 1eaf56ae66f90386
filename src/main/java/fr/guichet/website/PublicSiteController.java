package fr.guichet.website;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: home, services, contact. */
@Controller
class PublicSiteController {

    @GetMapping("/")
    String home() {
        return "public/home";
    }

    @GetMapping("/services")
    String services() {
        return "public/services";
    }

    @GetMapping("/contact")
    String contact() {
        return "public/contact";
    }
}
