package fr.guichet.catalogue.web;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.ItemDetails;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A catalogue item as sales administration types it; the price is kept as typed ("1 234,50") until it is valid. */
record CatalogueItemForm(
        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.max-length}")
        String code,

        @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.max-length}")
        String nameFr,

        @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.max-length}")
        String nameEn,

        @Size(max = 4000, message = "{validation.max-length}")
        String descriptionFr,

        @Size(max = 4000, message = "{validation.max-length}")
        String descriptionEn,

        @NotNull(message = "{validation.required}") Unit unit,

        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.max-length}")
        String unitPrice,

        @NotNull(message = "{validation.required}") VatRate vatRate,

        @Size(max = 200, message = "{validation.max-length}")
        String vatExemption,

        @NotNull(message = "{validation.required}") Recurrence recurrence,
        Boolean publicItem,
        int version) {

    static CatalogueItemForm blank() {
        return new CatalogueItemForm(
                "", "", "", "", "", Unit.PACKAGE, "", VatRate.STANDARD, "", Recurrence.ONE_OFF, false, 0);
    }

    static CatalogueItemForm of(CatalogueItem item, Locale locale) {
        return new CatalogueItemForm(
                item.getCode(),
                item.getNameFr(),
                item.getNameEn(),
                item.getDescriptionFr(),
                item.getDescriptionEn(),
                item.getUnit(),
                item.getUnitPrice().plain(locale),
                item.getVatRate(),
                item.getVatExemption(),
                item.getRecurrence(),
                item.isPublicItem(),
                item.getVersion());
    }

    ItemDetails details(Money price) {
        return new ItemDetails(
                code,
                nameFr,
                nameEn,
                descriptionFr,
                descriptionEn,
                unit,
                price,
                vatRate,
                vatExemption,
                recurrence,
                Boolean.TRUE.equals(publicItem));
    }
}
