package fr.guichet.knowledge;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A section of the help centre ("Invoices", "Network and VPN"), named in both languages, in the order set. */
@Table("knowledge_category")
public class KnowledgeCategory {

    private @Id @Nullable Long id;
    private String slug;
    private String nameFr;
    private String nameEn;
    private int position;
    private @Version int version;

    @PersistenceCreator
    KnowledgeCategory(@Nullable Long id, String slug, String nameFr, String nameEn, int position, int version) {
        this.id = id;
        this.slug = slug;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.position = position;
        this.version = version;
    }

    void rename(String slug, String nameFr, String nameEn, int position) {
        this.slug = slug;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.position = position;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public int getVersion() {
        return version;
    }
}
