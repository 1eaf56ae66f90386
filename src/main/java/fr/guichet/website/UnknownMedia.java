package fr.guichet.website;

import fr.guichet.shared.NotFound;

/** No media file by that id. */
public class UnknownMedia extends NotFound {

    public UnknownMedia(String key) {
        super("media", key);
    }
}
