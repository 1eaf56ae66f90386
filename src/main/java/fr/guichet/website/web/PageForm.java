package fr.guichet.website.web;

import fr.guichet.shared.Language;
import fr.guichet.website.PageKind;
import fr.guichet.website.PageText;
import fr.guichet.website.SitePage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page as the webmaster types it in the editor: both languages side by side, kept as typed until saved. */
record PageForm(
        @Nullable PageKind kind,

        @Nullable
        @Min(value = 1, message = "{website.error.menuPosition}")
        @Max(value = 99, message = "{website.error.menuPosition}")
        Integer menuPosition,

        @Size(max = 200, message = "{validation.max-length}")
        String titleFr,

        @Size(max = 80, message = "{validation.max-length}") String slugFr,

        @Size(max = 60000, message = "{validation.max-length}")
        String bodyFr,

        @Size(max = 120, message = "{validation.max-length}")
        String seoTitleFr,

        @Size(max = 300, message = "{validation.max-length}")
        String seoDescriptionFr,

        @Size(max = 200, message = "{validation.max-length}")
        String titleEn,

        @Size(max = 80, message = "{validation.max-length}") String slugEn,

        @Size(max = 60000, message = "{validation.max-length}")
        String bodyEn,

        @Size(max = 120, message = "{validation.max-length}")
        String seoTitleEn,

        @Size(max = 300, message = "{validation.max-length}")
        String seoDescriptionEn,

        int version) {

    static PageForm blank(PageKind kind) {
        return new PageForm(kind, null, "", "", "", "", "", "", "", "", "", "", 0);
    }

    static PageForm of(SitePage page) {
        PageText fr = page.text(Language.FR).orElse(null);
        PageText en = page.text(Language.EN).orElse(null);
        return new PageForm(
                page.getKind(),
                page.getMenuPosition(),
                fr == null ? "" : fr.title(),
                fr == null || fr.slug() == null ? "" : fr.slug(),
                fr == null ? "" : fr.bodyMarkdown(),
                fr == null ? "" : fr.seoTitle(),
                fr == null ? "" : fr.seoDescription(),
                en == null ? "" : en.title(),
                en == null || en.slug() == null ? "" : en.slug(),
                en == null ? "" : en.bodyMarkdown(),
                en == null ? "" : en.seoTitle(),
                en == null ? "" : en.seoDescription(),
                page.getVersion());
    }

    List<PageText> texts() {
        return List.of(
                PageText.written(Language.FR, titleFr, slugFr, bodyFr, seoTitleFr, seoDescriptionFr),
                PageText.written(Language.EN, titleEn, slugEn, bodyEn, seoTitleEn, seoDescriptionEn));
    }
}
