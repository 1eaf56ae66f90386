package fr.guichet.company.web;

import fr.guichet.company.CompanyManagement;
import fr.guichet.zones.PageModel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The company's identity ({@code company}), for the brand, titles and footer of every page and the public site. */
@Component
class CompanyPageModel extends PageModel {

    private final CompanyManagement company;

    CompanyPageModel(CompanyManagement company) {
        this.company = company;
    }

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        page.addObject("company", company.current());
    }
}
