package fr.guichet.requests;

import java.util.List;

/**
 * What is sent from the composer in one submit: the act, its text, the status to set with it (none: unchanged) and
 * the files to attach (public or internal as the act is).
 */
public record Composition(ComposerAct act, String body, RequestStatus status, List<NewAttachment> files) {

    public Composition {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static Composition of(ComposerAct act, String body) {
        return new Composition(act, body, null, List.of());
    }
}
