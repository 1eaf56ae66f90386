package fr.guichet.website.web;

import fr.guichet.website.MediaFile;
import fr.guichet.website.MediaLibrary;
import fr.guichet.website.UnknownMedia;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The media library's images for anyone: a file's content never changes under its address, so browsers and proxies
 * keep it a year ({@code immutable}); its digest is its ETag, and a browser that has it gets 304 without the content
 * being read. An address with another name redirects to the file's own.
 */
@Controller
class MediaController {

    private final MediaLibrary media;

    MediaController(MediaLibrary media) {
        this.media = media;
    }

    @GetMapping("/media/{id}/{filename}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String filename, WebRequest request) {
        MediaFile file = media.find(number(id)).orElseThrow(() -> new UnknownMedia(id));
        if (!file.filename().equals(filename)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(file.path()))
                    .build();
        }
        String etag = "\"" + file.sha256() + "\"";
        CacheControl forever =
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(forever)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .eTag(etag)
                .cacheControl(forever)
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename(file.filename())
                                .build()
                                .toString())
                .body(media.content(file.id()));
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new UnknownMedia(id);
        }
    }
}
