package fr.guichet.catalogue;

import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service or product of the catalogue. Its code never changes meaning: a retired item stays readable (contracts
 * refer to it) but is offered no more.
 */
@Table("catalogue_item")
public class CatalogueItem {

    private @Id Long id;
    private String code;
    private String nameFr;
    private String nameEn;
    private String descriptionFr;
    private String descriptionEn;
    private Unit unit;
    private BigDecimal unitPrice;
    private String currency;
    private VatRate vatRate;
    private String vatExemption;
    private Recurrence recurrence;
    private boolean active;
    private boolean publicItem;
    private Instant createdAt;
    private Instant updatedAt;
    private @Version int version;

    @PersistenceCreator
    CatalogueItem(Long id, String code, int version) {
        this.id = id;
        this.code = code;
        this.version = version;
    }

    static CatalogueItem create(ItemDetails details, Instant now) {
        CatalogueItem item = new CatalogueItem(null, details.code(), 0);
        item.active = true;
        item.createdAt = now;
        item.apply(details, now);
        return item;
    }

    /** Applies new details; the code is checked and normalised by {@link CatalogueManagement}. */
    void apply(ItemDetails details, Instant now) {
        if (details.unitPrice().isNegative()) {
            throw new CatalogueRuleViolation("unitPrice", "catalogue.error.price-negative");
        }
        boolean zero = details.vatRate() == VatRate.ZERO;
        String exemption = blankToNull(details.vatExemption());
        if (zero && exemption == null) {
            throw new CatalogueRuleViolation("vatExemption", "catalogue.error.exemption-required");
        }
        this.code = details.code();
        this.nameFr = details.nameFr().strip();
        this.nameEn = details.nameEn().strip();
        this.descriptionFr = blankToNull(details.descriptionFr());
        this.descriptionEn = blankToNull(details.descriptionEn());
        this.unit = details.unit();
        this.unitPrice = details.unitPrice().amount();
        this.currency = details.unitPrice().currency().getCurrencyCode();
        this.vatRate = details.vatRate();
        this.vatExemption = zero ? exemption : null;
        this.recurrence = details.recurrence();
        this.publicItem = details.publicItem();
        this.updatedAt = now;
    }

    void retire(Instant now) {
        active = false;
        updatedAt = now;
    }

    void reactivate(Instant now) {
        active = true;
        updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The name in the reader's language (French unless English is asked). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionFr;
    }

    public Money getUnitPrice() {
        return new Money(unitPrice, Currency.getInstance(currency));
    }

    /** The unit price including VAT. */
    public Money getUnitPriceWithVat() {
        return vatRate.grossOf(getUnitPrice());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public Unit getUnit() {
        return unit;
    }

    public VatRate getVatRate() {
        return vatRate;
    }

    public String getVatExemption() {
        return vatExemption;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPublicItem() {
        return publicItem;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
