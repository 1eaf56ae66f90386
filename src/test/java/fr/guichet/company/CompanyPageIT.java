package fr.guichet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractDocument;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.notifications.Mailer;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The company page: every field's rule next to it with what was typed kept, conflicts, history, logo, and reach. */
class CompanyPageIT extends IntegrationTest {

    @Autowired
    CompanyManagement company;

    @Autowired
    Mailer mailer;

    @Autowired
    ContractManagement contracts;

    @Autowired
    ContractDocument contractDocument;

    /** The language this browser chose (the site's default may be changed by a test). */
    private static final jakarta.servlet.http.Cookie FRENCH = new jakarta.servlet.http.Cookie("GUICHET_LANG", "fr");

    private AccountPrincipal webmaster;
    private CompanyManagement.Stored before;
    private Optional<CompanyLogo> logoBefore;

    @BeforeEach
    void remember() {
        webmaster = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.WEBMASTER));
        before = company.stored();
        logoBefore = company.logo();
    }

    @AfterEach
    void restore() {
        CompanyManagement.Stored now = company.stored();
        if (!now.profile().equals(before.profile())) {
            company.change(before.profile(), now.version(), "test");
        }
        Optional<CompanyLogo> logo = company.logo();
        if (logoBefore.isPresent() && !logo.map(CompanyLogo::digest).equals(logoBefore.map(CompanyLogo::digest))) {
            company.changeLogo(logoBefore.get().content(), company.stored().logoVersion(), "test");
        }
    }

    @Test
    void brokenRulesAreToldNextToTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        MockHttpServletResponse response = mvc.perform(save(
                        before.version(),
                        "siren",
                        "842 153 678",
                        "vatNumber",
                        "FR40303265045",
                        "iban",
                        "FR77 3000 6000 0112 3456 7890 189",
                        "bic",
                        "BNP",
                        "brandColour",
                        "#ffcc00",
                        "website",
                        "www.sans-protocole.test",
                        "shareCapital",
                        "beaucoup"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(response.getContentAsString());
        assertThat(page)
                .contains("Ce numéro de TVA n’est pas celui du SIREN saisi, dont le numéro est FR16842153678.")
                .contains("Cet IBAN n’est pas valide")
                .contains("Ce BIC n’est pas valide")
                .contains("Cette couleur est trop claire pour un texte blanc (contraste 1,5:1")
                .contains("Cette adresse n’est pas valide : elle commence par https://")
                .contains("Le capital est un montant en euros")
                .contains("id=\"vatNumber-error\"")
                .contains("aria-invalid=\"true\"")
                .as("listed at the top of the form, each linked to its field")
                .contains("6 champs sont à corriger")
                .contains("href=\"#vatNumber\"")
                .contains("Numéro de TVA intracommunautaire — Ce numéro de TVA")
                .as("what was typed, kept")
                .contains("value=\"FR40303265045\"")
                .contains("value=\"FR77 3000 6000 0112 3456 7890 189\"")
                .contains("value=\"#ffcc00\"")
                .contains("value=\"beaucoup\"");
        assertThat(company.stored().version()).as("nothing stored").isEqualTo(before.version());
    }

    @Test
    void aChangeIsInTheHistoryReachesTheSiteAndAStaleVersionIsAConflictKeepingWhatWasTyped() throws Exception {
        MockHttpServletResponse saved = mvc.perform(save(
                        before.version(), "phone", "04 72 00 11 22", "brandColour", "#0B6E4F", "defaultLanguage", "EN"))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/back/admin/company");
        CompanyManagement.Stored after = company.stored();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.profile().phone()).isEqualTo("04 72 00 11 22");
        assertThat(after.profile().brandColour()).isEqualTo("#0b6e4f");

        String page = page("/back/admin/company");
        assertThat(page)
                .contains("Historique des modifications")
                .contains("Téléphone")
                .contains(before.profile().phone())
                .contains("04 72 00 11 22")
                .contains(webmaster.getDisplayName())
                .contains("Couleur de la marque");

        assertThat(mvc.perform(get("/company/theme.css?v=" + after.version()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("--accent: #0b6e4f;");
        assertThat(mvc.perform(get("/services")).andReturn().getResponse().getContentAsString())
                .as("the site's default language for a visitor who chose none")
                .contains("<html lang=\"en\"")
                .contains("/company/theme.css?v=" + after.version());

        MockHttpServletResponse stale = mvc.perform(save(before.version(), "phone", "05 05 05 05 05"))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(stale.getContentAsString()))
                .contains("Quelqu’un d’autre a modifié l’identité de l’entreprise")
                .contains("value=\"05 05 05 05 05\"");
        assertThat(company.stored().profile().phone()).isEqualTo("04 72 00 11 22");
    }

    @Test
    void aLogoIsCheckedServedWithLongCachingAndShownInTheBrandOfEveryZone() throws Exception {
        byte[] png = demoPng();
        int version = company.stored().logoVersion();

        assertThat(upload("logo.txt", "text/plain", "pas une image".getBytes(StandardCharsets.UTF_8), version))
                .contains("Ce fichier n’est pas une image PNG, JPEG ou SVG.");
        byte[] huge = new byte[CompanyLogo.MAX_BYTES + 10];
        System.arraycopy(png, 0, huge, 0, png.length);
        assertThat(upload("huge.png", "image/png", huge, version))
                .contains("Ce fichier est trop lourd : 512 Ko au plus.");
        String script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>";
        assertThat(upload("logo.svg", "image/svg+xml", script.getBytes(StandardCharsets.UTF_8), version))
                .contains("Ce SVG contient un élément actif (« script »)");
        assertThat(upload("logo.png", "image/png", png, version - 1))
                .as("a logo changed meanwhile")
                .contains("Le logo a été changé par quelqu’un d’autre entre-temps");
        assertThat(company.stored().logoVersion()).as("nothing stored").isEqualTo(version);

        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><rect width=\"4\" height=\"4\""
                + " fill=\"#0b6e4f\"/></svg>";
        MockHttpServletResponse uploaded = mvc.perform(multipart("/back/admin/company/logo")
                        .file(new MockMultipartFile(
                                "logo", "logo.svg", "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)))
                        .param("logoVersion", String.valueOf(version))
                        .with(user(webmaster))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(uploaded.getRedirectedUrl()).startsWith("/back/admin/company");
        int next = version + 1;
        assertThat(company.stored().logoVersion()).isEqualTo(next);

        MockHttpServletResponse served =
                mvc.perform(get("/company/logo?v=" + next)).andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/svg+xml");
        assertThat(served.getContentAsString()).isEqualTo(svg);
        assertThat(served.getHeader("Cache-Control"))
                .contains("max-age=31536000")
                .contains("immutable");
        assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getHeader("Content-Security-Policy")).contains("sandbox");
        String etag = served.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(mvc.perform(get("/company/logo?v=" + next).header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
        assertThat(mvc.perform(get("/company/logo?v=" + version))
                        .andReturn()
                        .getResponse()
                        .getHeader("Cache-Control"))
                .as("an old address is not kept long")
                .doesNotContain("immutable");

        String brand = "<img class=\"brand-logo\" src=\"/company/logo?v=" + next + "\"";
        assertThat(page("/back")).contains(brand);
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains(brand);
        assertThat(mvc.perform(get("/desk").with(user(new AccountPrincipal(staff(Role.FRONT_OFFICE)))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(brand);

        assertThat(page("/back/admin/company")).contains("image/svg+xml");
    }

    @Test
    void emailsHaveAnHtmlPartWithTheLogoAndTheLegalMentionsBesideTheirText() throws Exception {
        if (company.logo().isEmpty()
                || CompanyLogo.SVG.equals(company.logo().get().mediaType())) {
            company.changeLogo(demoPng(), company.stored().logoVersion(), "test");
        }
        String recipient = unique("html") + "@example.fr";
        mailer.send(
                recipient,
                Locale.FRENCH,
                "DEM-2026-999003",
                "mail.receipt.subject",
                "mail.receipt.body",
                "DEM-2026-999003",
                "Sujet <b>gras</b>",
                "http://localhost/contact");
        List<MimeMessage> received = TestMail.awaitFor(recipient, 1);
        assertThat(received).hasSize(1);
        List<Part> parts = new ArrayList<>();
        collect(received.get(0), parts);
        Part text =
                parts.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow();
        Part html =
                parts.stream().filter(p -> isType(p, "text/html")).findFirst().orElseThrow();
        Part image =
                parts.stream().filter(p -> isType(p, "image/png")).findFirst().orElseThrow();

        CompanyProfile profile = company.current();
        assertThat((String) text.getContent()).contains("DEM-2026-999003").endsWith(profile.signature());
        String body = (String) html.getContent();
        assertThat(body)
                .contains("src=\"cid:company-logo\"")
                .contains(HtmlUtils.htmlEscape(profile.tradeName(), "UTF-8"))
                .contains("DEM-2026-999003")
                .as("typed text escaped")
                .contains("Sujet &lt;b&gt;gras&lt;/b&gt;")
                .contains("<a href=\"http://localhost/contact\">")
                .contains("RCS Lyon 842 153 678")
                .contains("TVA FR16842153678");
        assertThat(((String[]) image.getHeader("Content-ID"))[0]).contains("company-logo");
    }

    @Test
    void anSvgLogoIsDrawnAsAPngInEmailsAndInContracts() throws Exception {
        company.changeLogo(
                SvgLogoRasterTest.TWO_COLOURS.getBytes(StandardCharsets.UTF_8),
                company.stored().logoVersion(),
                "test");
        String recipient = unique("svg") + "@example.fr";
        mailer.send(
                recipient,
                Locale.FRENCH,
                "DEM-2026-999004",
                "mail.receipt.subject",
                "mail.receipt.body",
                "DEM-2026-999004",
                "Sujet",
                "http://localhost/contact");
        List<Part> parts = new ArrayList<>();
        collect(TestMail.awaitFor(recipient, 1).get(0), parts);
        Part image =
                parts.stream().filter(p -> isType(p, "image/png")).findFirst().orElseThrow();
        assertThat(((String[]) image.getHeader("Content-ID"))[0]).contains("company-logo");
        BufferedImage drawn;
        try (InputStream in = image.getInputStream()) {
            drawn = ImageIO.read(in);
        }
        assertThat(drawn.getRGB(3 * drawn.getWidth() / 4, drawn.getHeight() / 2) & 0xFFFFFF)
                .as("the logo itself, drawn")
                .isEqualTo(0xD00000);
        String html = (String) parts.stream()
                .filter(p -> isType(p, "text/html"))
                .findFirst()
                .orElseThrow()
                .getContent();
        assertThat(html).contains("src=\"cid:company-logo\"");

        UserAccount customer = customerUser();
        LocalDate today = contracts.today();
        Contract contract = contracts.draft(
                customer.getCustomerOrganisationId(),
                "Infogérance",
                new ContractTerms(today, today.plusYears(1), true, 12, 30));
        try (PDDocument pdf = Loader.loadPDF(contractDocument.pdf(contract))) {
            PDResources resources = pdf.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject picture) {
                    images.add(picture);
                }
            }
            assertThat(images).as("the logo at the top of the contract").hasSize(1);
            assertThat(images.get(0).getHeight()).isEqualTo(SvgLogoRaster.HEIGHT);
        }
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            return false;
        }
    }

    private static void collect(Part part, List<Part> into) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, into);
            }
        } else {
            into.add(part);
        }
    }

    private String upload(String name, String type, byte[] content, int logoVersion) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/back/admin/company/logo")
                        .file(new MockMultipartFile("logo", name, type, content))
                        .param("logoVersion", String.valueOf(logoVersion))
                        .cookie(FRENCH)
                        .with(user(webmaster))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private static byte[] demoPng() throws Exception {
        try (InputStream in =
                CompanyPageIT.class.getClassLoader().getResourceAsStream("fr/guichet/demo/helios-logo.png")) {
            return in.readAllBytes();
        }
    }

    /** The form as stored, with the given fields (name, value, name, value…) changed. */
    private MockHttpServletRequestBuilder save(int version, String... changed) {
        CompanyProfile p = before.profile();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("tradeName", p.tradeName());
        fields.put("legalName", p.legalName());
        fields.put("legalForm", p.legalForm());
        fields.put(
                "shareCapital", p.shareCapital() == null ? "" : p.shareCapital().toPlainString());
        fields.put("siren", p.siren());
        fields.put("siret", p.siret());
        fields.put("rcsCity", p.rcsCity());
        fields.put("vatNumber", p.vatNumber());
        fields.put("addressLines", String.join("\n", p.addressLines()));
        fields.put("postcode", p.postcode());
        fields.put("city", p.city());
        fields.put("phone", p.phone());
        fields.put("email", p.email());
        fields.put("website", p.website());
        fields.put("mailSender", p.mailSender());
        fields.put("openingHours", p.openingHours());
        fields.put("brandColour", p.brandColour());
        fields.put("defaultLanguage", p.defaultLanguage().name());
        fields.put("iban", p.iban());
        fields.put("bic", p.bic());
        fields.put("version", String.valueOf(version));
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/back/admin/company").cookie(FRENCH).with(user(webmaster)).with(csrf());
        fields.forEach((name, value) -> request.param(name, value));
        return request;
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).cookie(FRENCH).with(user(webmaster)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
