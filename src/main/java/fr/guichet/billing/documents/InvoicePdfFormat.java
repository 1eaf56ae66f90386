package fr.guichet.billing.documents;

import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the invoice template writes values in the document's language: amounts, dates, quantities, rates, the IBAN in
 * groups of four. Narrow no-break spaces (French thousands) become no-break spaces, which every font has.
 */
public final class InvoicePdfFormat {

    private final Locale language;
    private final DateTimeFormatter dates;

    InvoicePdfFormat(Locale language) {
        this.language = language;
        this.dates = Locale.FRENCH.getLanguage().equals(language.getLanguage())
                ? DateTimeFormatter.ofPattern("dd/MM/yyyy", language)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
    }

    public String money(Money money) {
        return spaces(money.format(language));
    }

    /** An amount in euros without cents when it has none ("50 000 €"), for the share capital. */
    public String amount(BigDecimal euros) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language);
        format.setCurrency(Money.EUR);
        format.setMinimumFractionDigits(euros.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return spaces(format.format(euros));
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    public String quantity(BigDecimal quantity) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMaximumFractionDigits(3);
        return spaces(format.format(quantity));
    }

    public String percent(BigDecimal percent) {
        return spaces(InvoiceMentions.percent(percent, language)) + "\u00a0%";
    }

    public String iban(String iban) {
        return iban.replaceAll("\\s+", "").replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String spaces(String text) {
        return text.replace('\u202f', '\u00a0');
    }
}
