package fr.guichet.website;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.shared.Language;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The media library: images checked by their content, too large or SVG refused with a message, served to anyone with
 * long cache headers and an ETag, listed with their snippets and uses, and never deleted while a text shows them.
 */
class MediaIT extends IntegrationTest {

    @Autowired
    MediaLibrary media;

    @Autowired
    NewsManagement news;

    @Autowired
    WebsiteManagement website;

    @LocalServerPort
    int port;

    private HttpSession webmaster() {
        HttpSession session = new HttpSession(port);
        session.login(staff(Role.BACK_OFFICE, Role.WEBMASTER).getUsername(), PASSWORD);
        session.get("/back/website/media");
        return session;
    }

    @Test
    void anImageIsUploadedAndServedWithLongCacheHeadersAndAnEtag() throws Exception {
        HttpSession webmaster = webmaster();
        byte[] png = png(40, 30);
        HttpResponse<String> uploaded =
                webmaster.postMultipart("/back/website/media", "file", "Façade de l'agence.PNG", png);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String location = URI.create(uploaded.headers().firstValue("Location").orElseThrow())
                .getPath();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        MediaFile file = media.get(id);
        assertThat(file.filename()).isEqualTo("facade-de-l-agence.png");
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.width()).isEqualTo(40);
        assertThat(file.height()).isEqualTo(30);

        String page = HtmlUtils.htmlUnescape(webmaster.get(location).body());
        assertThat(page)
                .contains("![](/media/" + id + "/facade-de-l-agence.png)")
                .contains("40 × 30");

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> served = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + file.path()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(png);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000")
                .contains("public")
                .contains("immutable")
                .doesNotContain("no-cache")
                .doesNotContain("no-store");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + file.sha256() + "\"");

        HttpResponse<byte[]> again = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + file.path()))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<byte[]> otherName = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/media/" + id + "/autre.png"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(otherName.statusCode()).isEqualTo(301);
        assertThat(otherName.headers().firstValue("Location").orElseThrow()).endsWith(file.path());
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        HttpSession webmaster = webmaster();
        String renamed = HtmlUtils.htmlUnescape(webmaster
                .postMultipart(
                        "/back/website/media",
                        "file",
                        "photo.png",
                        "#!/bin/sh\necho pas une image\n".getBytes(StandardCharsets.UTF_8))
                .body());
        assertThat(renamed).contains("id=\"file-error\"").contains("n’est pas une image PNG, JPEG, GIF ou WebP");

        String svg = HtmlUtils.htmlUnescape(webmaster
                .postMultipart(
                        "/back/website/media",
                        "file",
                        "logo.png",
                        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                                .getBytes(StandardCharsets.UTF_8))
                .body());
        assertThat(svg).contains("id=\"file-error\"").contains("SVG ne sont pas acceptés");

        byte[] huge = Arrays.copyOf(png(10, 10), (int) MediaLibrary.MAX_BYTES + 1);
        String tooLarge = HtmlUtils.htmlUnescape(webmaster
                .postMultipart("/back/website/media", "file", "enorme.png", huge)
                .body());
        assertThat(tooLarge).contains("id=\"file-error\"").contains("5 Mo au plus");
    }

    @Test
    void formatsAreToldByTheirMagicBytesWithTheirSizes() throws IOException {
        MediaFile jpeg = media.upload("photo.jpeg", image("jpg", 64, 48), "Photo", "Photo", "test");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.filename()).isEqualTo("photo.jpg");
        assertThat(new int[] {jpeg.width(), jpeg.height()}).containsExactly(64, 48);
        MediaFile gif = media.upload("anim.gif", image("gif", 20, 10), "", "", "test");
        assertThat(gif.contentType()).isEqualTo("image/gif");
        assertThat(new int[] {gif.width(), gif.height()}).containsExactly(20, 10);
        assertThat(gif.missesAlt()).isTrue();
        // a WebP header (VP8X, canvas 300 × 200) is enough to tell the format and the size
        byte[] webp = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        webp[24] = (byte) 43;
        webp[25] = 1; // 299 + 1
        webp[27] = (byte) 199; // 199 + 1
        MediaFile webpFile = media.upload("image.webp", webp, "", "", "test");
        assertThat(webpFile.contentType()).isEqualTo("image/webp");
        assertThat(new int[] {webpFile.width(), webpFile.height()}).containsExactly(300, 200);
    }

    @Test
    void anImageAShownTextUsesCannotBeDeletedAndItsUsesAreListed() {
        MediaFile file = media.upload("utilisee.png", png(12, 12), "Utilisée", "Used", "test");
        String title = unique("Avec image");
        NewsItem item = news.create(
                new NewsDraft(Language.FR, title, "", LocalDate.of(2026, 11, 2), "Résumé", file.markdown(Language.FR)),
                "test");
        HttpSession webmaster = webmaster();
        String page = HtmlUtils.htmlUnescape(
                webmaster.get("/back/website/media/" + file.id()).body());
        assertThat(page).contains(title).contains("/back/website/news/" + item.getId());
        webmaster.get("/back/website/media/" + file.id());
        HttpResponse<String> refused = webmaster.post(
                "/back/website/media/" + file.id() + "/delete", "version", String.valueOf(file.version()));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(media.find(file.id())).isPresent();
        assertThat(HtmlUtils.htmlUnescape(
                        webmaster.get("/back/website/media/" + file.id()).body()))
                .contains("Cette image est utilisée");

        news.delete(item.getId(), item.getVersion());
        webmaster.get("/back/website/media/" + file.id());
        assertThat(webmaster
                        .post("/back/website/media/" + file.id() + "/delete", "version", "0")
                        .statusCode())
                .isEqualTo(302);
        assertThat(media.find(file.id())).isEmpty();
    }

    @Test
    void anImageASitePageShowsIsListedAndKeptEvenOnceOnlyAKeptVersionShowsIt() {
        MediaFile file = media.upload("page.png", png(10, 10), "Page", "Page", "test");
        String slug = unique("avec-image").toLowerCase(java.util.Locale.ROOT);
        long id = website.create(
                PageKind.PAGE,
                null,
                List.of(PageText.written(Language.FR, "Page " + slug, slug, file.markdown(Language.FR), "", "")),
                "test");
        website.publish(id, website.get(id).getVersion(), "test");
        HttpSession webmaster = webmaster();
        assertThat(HtmlUtils.htmlUnescape(
                        webmaster.get("/back/website/media/" + file.id()).body()))
                .contains("Page " + slug)
                .contains("/back/website/pages/" + id);

        // the draft no longer shows it, but the published version (restorable) does
        website.change(
                id,
                website.get(id).getVersion(),
                null,
                List.of(PageText.written(Language.FR, "Page " + slug, slug, "Sans image", "", "")),
                "test");
        webmaster.get("/back/website/media/" + file.id());
        webmaster.post("/back/website/media/" + file.id() + "/delete", "version", String.valueOf(file.version()));
        assertThat(media.find(file.id())).isPresent();
    }

    @Test
    void thePickerIsAFragmentForHtmxAndAPageWithoutIt() {
        MediaFile file = media.upload(unique("choix") + ".png", png(5, 5), "Choisie", "Chosen", "test");
        HttpSession webmaster = webmaster();
        String fragment = HtmlUtils.htmlUnescape(webmaster
                .get(
                        "/back/website/media/picker?target=bodyMarkdown&altLang=en&q="
                                + file.filename().substring(0, 12),
                        "HX-Request",
                        "true")
                .body());
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("data-media-insert=\"bodyMarkdown\"")
                .contains("![Chosen](" + file.path() + ")");
        String page = HtmlUtils.htmlUnescape(webmaster
                .get("/back/website/media/picker?q=" + file.filename().substring(0, 12))
                .body());
        assertThat(page).contains("<html").contains("![Choisie](" + file.path() + ")");
        String alts = HtmlUtils.htmlUnescape(webmaster
                .post("/back/website/media/" + file.id(), "altFr", "x".repeat(301), "altEn", "ok", "version", "0")
                .body());
        assertThat(alts).contains("id=\"altFr-error\"").contains("value=\"ok\"");
    }

    static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
