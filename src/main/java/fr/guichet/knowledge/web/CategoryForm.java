package fr.guichet.knowledge.web;

import fr.guichet.knowledge.KnowledgeCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A help-centre section as typed in the back office. */
record CategoryForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String nameFr,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String nameEn,

        @Size(max = 80, message = "{validation.max-length}") String slug,

        @NotNull(message = "{validation.required}") @Min(0) @Max(999)
        Integer position,

        int version) {

    static CategoryForm blank(int position) {
        return new CategoryForm("", "", "", position, 0);
    }

    static CategoryForm of(KnowledgeCategory category) {
        return new CategoryForm(
                category.getNameFr(),
                category.getNameEn(),
                category.getSlug(),
                category.getPosition(),
                category.getVersion());
    }
}
