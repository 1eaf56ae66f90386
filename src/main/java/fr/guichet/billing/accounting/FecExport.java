package fr.guichet.billing.accounting;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.company.CompanyManagement;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The FEC of a fiscal year, named with the company's SIREN (refused while the company has none). */
@Service
@Transactional(readOnly = true)
public class FecExport {

    /** The file: its name, its bytes (ISO 8859-15), how many entries it holds. */
    public record Fec(String fileName, byte[] content, int entries) {}

    private final JournalEntries entries;
    private final CompanyManagement company;

    FecExport(JournalEntries entries, CompanyManagement company) {
        this.entries = entries;
        this.company = company;
    }

    public Fec of(FiscalYear year, FecSeparator separator) {
        String siren = company.current().siren();
        if (siren == null || !siren.matches("[0-9]{9}")) {
            throw new BillingRuleViolation("year", "billing.accounting.error.siren");
        }
        List<NumberedEntry> numbered = entries.of(year);
        return new Fec(FecFile.name(siren, year), FecFile.write(numbered, separator), numbered.size());
    }
}
