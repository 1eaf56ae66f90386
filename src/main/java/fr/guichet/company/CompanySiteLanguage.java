package fr.guichet.company;

import fr.guichet.shared.Language;
import fr.guichet.shared.SiteLanguage;
import org.springframework.stereotype.Component;

/** The site's default language: the one the company's identity names (French until one is stored). */
@Component
class CompanySiteLanguage implements SiteLanguage {

    private final CompanyManagement company;

    CompanySiteLanguage(CompanyManagement company) {
        this.company = company;
    }

    @Override
    public Language defaultLanguage() {
        return company.current().defaultLanguage();
    }
}
