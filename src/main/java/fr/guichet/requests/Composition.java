package fr.guichet.requests;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is sent from the composer in one submit: the act, its text, the status to set with it (none: unchanged) and
 * the files to attach (public or internal as the act is); and the time spent, recorded with it ({@link WorkManagement}).
 */
public record Composition(
        ComposerAct act,
        String body,
        RequestStatus status,
        List<NewAttachment> files,
        @Nullable NewWork work) {

    public Composition {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public Composition(ComposerAct act, String body, RequestStatus status, List<NewAttachment> files) {
        this(act, body, status, files, null);
    }

    public static Composition of(ComposerAct act, String body) {
        return new Composition(act, body, null, List.of());
    }
}
