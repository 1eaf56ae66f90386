package fr.guichet.website.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** An image sent to the media library with what it shows in each language; the texts are kept when it is refused. */
record MediaUploadForm(
        @Nullable MultipartFile file,

        @Size(max = 300, message = "{validation.max-length}")
        String altFr,

        @Size(max = 300, message = "{validation.max-length}")
        String altEn) {

    static MediaUploadForm blank() {
        return new MediaUploadForm(null, "", "");
    }
}
