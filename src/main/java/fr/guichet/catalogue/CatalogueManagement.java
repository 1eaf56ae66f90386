package fr.guichet.catalogue;

import fr.guichet.catalogue.internal.CatalogueItemRepository;
import fr.guichet.shared.PublicContentChanged;
import fr.guichet.shared.Versions;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sales administration's catalogue: add, change, retire and bring back items; what the public site shows. */
@Service
@Transactional
public class CatalogueManagement {

    /** Codes as printed on offers and invoices: capitals, digits and dashes, 2 to 30 of them. */
    private static final String CODE = "[A-Z0-9][A-Z0-9-]{1,29}";

    private final CatalogueItemRepository items;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CatalogueManagement(CatalogueItemRepository items, Clock clock, ApplicationEventPublisher events) {
        this.items = items;
        this.clock = clock;
        this.events = events;
    }

    /** The public site's services page shows the public items: its cached copies must be refreshed. */
    private CatalogueItem seenBySite(CatalogueItem item) {
        events.publishEvent(new PublicContentChanged("catalogue " + item.getCode()));
        return item;
    }

    public CatalogueItem add(ItemDetails details) {
        ItemDetails normalised = withCode(details, normaliseCode(details.code()));
        if (items.findByCode(normalised.code()).isPresent()) {
            throw new CatalogueRuleViolation("code", "catalogue.error.code-taken");
        }
        return seenBySite(items.save(CatalogueItem.create(normalised, clock.instant())));
    }

    /** Changes an item; {@code expectedVersion} is the one read, so that two editors never overwrite each other. */
    public CatalogueItem change(long id, int expectedVersion, ItemDetails details) {
        CatalogueItem item = get(id);
        Versions.require("Catalogue item " + id, item.getVersion(), expectedVersion);
        ItemDetails normalised = withCode(details, normaliseCode(details.code()));
        items.findByCode(normalised.code())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new CatalogueRuleViolation("code", "catalogue.error.code-taken");
                });
        item.apply(normalised, clock.instant());
        return seenBySite(items.save(item));
    }

    public CatalogueItem retire(long id) {
        CatalogueItem item = get(id);
        item.retire(clock.instant());
        return seenBySite(items.save(item));
    }

    public CatalogueItem reactivate(long id) {
        CatalogueItem item = get(id);
        item.reactivate(clock.instant());
        return seenBySite(items.save(item));
    }

    @Transactional(readOnly = true)
    public CatalogueItem get(long id) {
        return items.findById(id).orElseThrow(() -> new UnknownCatalogueItem(String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public Optional<CatalogueItem> byCode(String code) {
        return code == null ? Optional.empty() : items.findByCode(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Every item, active ones first, by code. */
    @Transactional(readOnly = true)
    public List<CatalogueItem> all() {
        return items.findAllOrdered();
    }

    /** What the public site offers: active items marked public. */
    @Transactional(readOnly = true)
    public List<CatalogueItem> publicItems() {
        return items.findPublic();
    }

    private static String normaliseCode(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!normalised.matches(CODE)) {
            throw new CatalogueRuleViolation("code", "catalogue.error.code-format");
        }
        return normalised;
    }

    private static ItemDetails withCode(ItemDetails d, String code) {
        return new ItemDetails(
                code,
                d.nameFr(),
                d.nameEn(),
                d.descriptionFr(),
                d.descriptionEn(),
                d.unit(),
                d.unitPrice(),
                d.vatRate(),
                d.vatExemption(),
                d.recurrence(),
                d.publicItem());
    }
}
