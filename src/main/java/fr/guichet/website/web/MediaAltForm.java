package fr.guichet.website.web;

import fr.guichet.website.MediaFile;
import jakarta.validation.constraints.Size;

/** The alternative texts of an image, as the webmaster changes them. */
record MediaAltForm(
        @Size(max = 300, message = "{validation.max-length}")
        String altFr,

        @Size(max = 300, message = "{validation.max-length}")
        String altEn,

        int version) {

    static MediaAltForm of(MediaFile file) {
        return new MediaAltForm(file.altFr(), file.altEn(), file.version());
    }
}
