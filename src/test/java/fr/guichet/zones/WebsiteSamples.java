package fr.guichet.zones;

import fr.guichet.shared.Language;
import fr.guichet.website.MediaLibrary;
import fr.guichet.website.NewsDraft;
import fr.guichet.website.NewsItem;
import fr.guichet.website.NewsManagement;
import jakarta.annotation.PreDestroy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The public site's objects for the access matrix's world ({@link RouteWorld}): {@code {news}} a draft news item,
 * {@code {pubnews}} a published one, {@code {newsslug}} the slug of a published one, {@code {media}} an image of the
 * media library and {@code {mediafile}} its file name; made through the website's own services.
 */
@Component
final class WebsiteSamples {

    private static final List<WebsiteSamples> RUNNING = new CopyOnWriteArrayList<>();

    private final NewsManagement news;
    private final MediaLibrary media;

    WebsiteSamples(NewsManagement news, MediaLibrary media) {
        this.news = news;
        this.media = media;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    /** The object named: an id, or a slug or file name. */
    static Object make(String name, RouteWorld.Lookup world) {
        WebsiteSamples samples = RUNNING.get(0);
        return switch (name) {
            case "news" -> samples.draft().getId();
            case "pubnews" -> {
                NewsItem item = samples.draft();
                yield samples.news
                        .publish(item.getId(), item.getVersion(), null, "matrice")
                        .getId();
            }
            case "newsslug" -> samples.news.get((Long) world.get("pubnews")).getSlug();
            case "media" ->
                samples.media
                        .upload("matrice.png", png(), "Image", "Image", "matrice")
                        .id();
            case "mediafile" -> samples.media.get((Long) world.get("media")).filename();
            default -> throw new IllegalArgumentException("No such website object: {" + name + "}");
        };
    }

    static int version(String name, Object value) {
        WebsiteSamples samples = RUNNING.get(0);
        return switch (name) {
            case "news", "pubnews" -> samples.news.get((Long) value).getVersion();
            case "media" -> samples.media.get((Long) value).version();
            default -> throw new UnsupportedOperationException(name);
        };
    }

    private NewsItem draft() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return news.create(
                new NewsDraft(
                        Language.FR,
                        "Matrice " + tag,
                        "matrice-" + tag,
                        LocalDate.of(2026, 1, 15),
                        "Résumé de la matrice",
                        "Texte de la matrice"),
                "matrice");
    }

    /** A small PNG image (8 × 8 pixels). */
    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x1f5fa8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
