package fr.guichet.company;

import fr.guichet.shared.Iban;
import fr.guichet.shared.Siren;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The company's legal mentions in one line, in a reader's language, as French law asks them on documents and
 * commercial emails: "Atelier SAS — SAS au capital de 50 000 € — RCS Paris 123 456 789 — TVA FR… — address".
 */
@Component
public class CompanyLegalLine {

    private final MessageSource messages;
    private final CompanyManagement company;

    CompanyLegalLine(MessageSource messages, CompanyManagement company) {
        this.messages = messages;
        this.company = company;
    }

    /** The legal line of the company in force. */
    public String of(Locale locale) {
        return of(company.current(), locale);
    }

    /** The legal line of a profile: its official name, then those mentions that are known. */
    public String of(CompanyProfile p, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(p.officialName());
        if (!p.legalForm().isEmpty() && p.shareCapital() != null) {
            parts.add(messages.getMessage(
                    "company.legal.capital", new Object[] {p.legalForm(), amount(p.shareCapital(), locale)}, locale));
        } else if (!p.legalForm().isEmpty()) {
            parts.add(p.legalForm());
        }
        if (!p.siren().isEmpty()) {
            String siren = new Siren(p.siren()).formatted();
            parts.add(
                    p.rcsCity().isEmpty()
                            ? messages.getMessage("company.legal.siren", new Object[] {siren}, locale)
                            : messages.getMessage("company.legal.rcs", new Object[] {p.rcsCity(), siren}, locale));
        }
        if (!p.vatNumber().isEmpty()) {
            parts.add(messages.getMessage("company.legal.vat", new Object[] {p.vatNumber()}, locale));
        }
        List<String> address = p.postalAddress();
        if (!address.isEmpty()) {
            parts.add(String.join(", ", address));
        }
        return String.join(" — ", parts);
    }

    /** The bank details as invoices print them ("IBAN FR76 … — BIC …"), empty when none are stored. */
    public String bankDetails(Locale locale) {
        CompanyProfile p = company.current();
        if (p.iban().isEmpty()) {
            return "";
        }
        String iban = new Iban(p.iban()).formatted();
        return p.bic().isEmpty()
                ? "IBAN " + iban
                : messages.getMessage("company.legal.bank", new Object[] {iban, p.bic()}, locale);
    }

    private static String amount(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
