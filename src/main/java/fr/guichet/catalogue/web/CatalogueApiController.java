package fr.guichet.catalogue.web;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.ItemDetails;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.catalogue.UnknownCatalogueItem;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/catalog}: the catalogue. Every token reads the items on sale (a customer's token, only the public
 * ones); back-office and admin tokens also read retired items ({@code ?all=true}) and add or change items.
 */
@RestController
@RestApi
@RequestMapping("/api/v1/catalog")
class CatalogueApiController {

    private final CatalogueManagement catalogue;

    CatalogueApiController(CatalogueManagement catalogue) {
        this.catalogue = catalogue;
    }

    /** A catalogue item as the API shows it; prices as decimal strings, excluding VAT, and including it. */
    record ItemView(
            String code,
            String nameFr,
            String nameEn,
            String descriptionFr,
            String descriptionEn,
            Unit unit,
            BigDecimal unitPrice,
            BigDecimal unitPriceWithVat,
            String currency,
            VatRate vatRate,
            BigDecimal vatPercent,
            String vatExemption,
            Recurrence recurrence,
            boolean active,
            boolean publicItem,
            int version) {

        static ItemView of(CatalogueItem i) {
            return new ItemView(
                    i.getCode(),
                    i.getNameFr(),
                    i.getNameEn(),
                    i.getDescriptionFr(),
                    i.getDescriptionEn(),
                    i.getUnit(),
                    i.getUnitPrice().amount(),
                    i.getUnitPriceWithVat().amount(),
                    i.getUnitPrice().currency().getCurrencyCode(),
                    i.getVatRate(),
                    i.getVatRate().percent(),
                    i.getVatExemption(),
                    i.getRecurrence(),
                    i.isActive(),
                    i.isPublicItem(),
                    i.getVersion());
        }
    }

    /** An item to add or the new state of one; {@code version} is the one read (ignored when adding). */
    record ItemBody(
            @NotBlank @Size(max = 30) String code,
            @NotBlank @Size(max = 150) String nameFr,
            @NotBlank @Size(max = 150) String nameEn,
            @Size(max = 4000) String descriptionFr,
            @Size(max = 4000) String descriptionEn,
            @NotNull Unit unit,

            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal unitPrice,

            @NotNull VatRate vatRate,
            @Size(max = 200) String vatExemption,
            @NotNull Recurrence recurrence,
            boolean publicItem,
            Integer version) {

        ItemDetails details() {
            return new ItemDetails(
                    code,
                    nameFr,
                    nameEn,
                    descriptionFr,
                    descriptionEn,
                    unit,
                    new Money(unitPrice, Money.EUR),
                    vatRate,
                    vatExemption,
                    recurrence,
                    publicItem);
        }
    }

    @GetMapping
    List<ItemView> list(
            @AuthenticationPrincipal AccountPrincipal caller, @RequestParam(defaultValue = "false") boolean all) {
        List<CatalogueItem> items;
        if (caller.getKind() == AccountKind.CUSTOMER) {
            items = catalogue.publicItems();
        } else if (all && caller.keepsMasterData()) {
            items = catalogue.all();
        } else {
            items = catalogue.all().stream().filter(CatalogueItem::isActive).toList();
        }
        return items.stream().map(ItemView::of).toList();
    }

    @GetMapping("/{code}")
    ItemView get(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable String code) {
        return ItemView.of(visible(caller, code));
    }

    @PostMapping
    ResponseEntity<ItemView> add(@AuthenticationPrincipal AccountPrincipal caller, @Valid @RequestBody ItemBody body) {
        requireEditor(caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(ItemView.of(catalogue.add(body.details())));
    }

    @PutMapping("/{code}")
    ItemView change(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable String code,
            @Valid @RequestBody ItemBody body) {
        requireEditor(caller);
        CatalogueItem item = visible(caller, code);
        int version = body.version() == null ? -1 : body.version();
        return ItemView.of(catalogue.change(item.getId(), version, body.details()));
    }

    private CatalogueItem visible(AccountPrincipal caller, String code) {
        CatalogueItem item = catalogue.byCode(code).orElseThrow(() -> new UnknownCatalogueItem(code));
        boolean seen = caller.getKind() == AccountKind.CUSTOMER
                ? item.isActive() && item.isPublicItem()
                : item.isActive() || caller.keepsMasterData();
        if (!seen) {
            throw new UnknownCatalogueItem(code);
        }
        return item;
    }

    /** Others are refused (403), told which roles their account has and which it needs. */
    private static void requireEditor(AccountPrincipal caller) {
        caller.requireKeepsMasterData();
    }
}
