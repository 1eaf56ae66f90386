package fr.guichet.company.web;

import fr.guichet.company.BrandColour;
import fr.guichet.company.CompanyLogo;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanyProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The company's logo and brand colour as files every page links to: {@code /company/logo?v=N} (N its version, so that
 * a new logo gets a new address and the old one may be kept a year by browsers and proxies) and
 * {@code /company/theme.css?v=N} (the brand colour as CSS variables of the public site and the portal: the pages'
 * Content-Security-Policy allows no inline style). Both answer 304 to a browser that has the same ETag.
 */
@Controller
class PublicCompanyController {

    private static final CacheControl LONG =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl SHORT =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final CompanyManagement company;

    PublicCompanyController(CompanyManagement company) {
        this.company = company;
    }

    @GetMapping("/company/logo")
    ResponseEntity<byte[]> logo(
            @RequestParam(name = "v", required = false) Integer version,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Optional<CompanyLogo> stored = company.logo();
        if (stored.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        CompanyLogo logo = stored.get();
        String etag = "\"" + logo.digest() + "\"";
        // Only the address of the current version is kept long: an old ?v= may be the new image.
        CacheControl cache = version != null && version == logo.version() ? LONG : SHORT;
        ResponseEntity.BodyBuilder answer = (etag.equals(ifNoneMatch)
                        ? ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                        : ResponseEntity.ok())
                .eTag(etag)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                // An SVG opened on its own runs no script and loads nothing, whatever it holds.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"logo." + logo.extension() + "\"")
                .contentType(MediaType.parseMediaType(logo.mediaType()));
        return etag.equals(ifNoneMatch) ? answer.build() : answer.body(logo.content());
    }

    @GetMapping("/company/theme.css")
    ResponseEntity<byte[]> theme(
            @RequestParam(name = "v", required = false) Integer version,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        CompanyManagement.Stored stored = company.stored();
        String css = css(stored.profile());
        String etag = "\""
                + CompanyLogo.digestOf(css.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + "\"";
        CacheControl cache = version != null && version == stored.version() ? LONG : SHORT;
        ResponseEntity.BodyBuilder answer = (etag.equals(ifNoneMatch)
                        ? ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                        : ResponseEntity.ok())
                .eTag(etag)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8));
        return etag.equals(ifNoneMatch) ? answer.build() : answer.body(css.getBytes(StandardCharsets.UTF_8));
    }

    /** The brand colour on the public site and the portal; nothing when the company has none (Guichet's own). */
    static String css(CompanyProfile profile) {
        String colour = profile.brandColour();
        if (colour.isEmpty() || BrandColour.parse(colour).isEmpty()) {
            return "/* no brand colour: Guichet's own */\n";
        }
        String readable = BrandColour.darkenedForWhite(colour);
        return "body.zone-public, body.zone-portal {\n"
                + "  --accent: " + readable + ";\n"
                + "  --accent-dark: " + BrandColour.dark(readable) + ";\n"
                + "  --accent-soft: " + BrandColour.soft(readable) + ";\n"
                + "}\n";
    }
}
