package fr.guichet.company.web;

import fr.guichet.company.CompanyManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.zones.PageModel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The company's identity ({@code company}), its logo's and brand colour's addresses ({@code companyLogoUrl}, null
 * without a logo, and {@code companyThemeUrl}) for the brand, titles and footer of every page and the public site.
 *
 * <p>Before that, the first run: until the company's identity is stored, an administrator or the webmaster opening a
 * desk or back-office page is sent to the company's first-run page, and a visitor of the public site is shown the
 * neutral "being set up" page ({@code /setup}) instead of a site with no name.
 */
@Component
class CompanyPageModel extends PageModel {

    static final String SETUP_PAGE = "/back/admin/company/setup";

    /** Paths that are not the public site's pages: they work during the first run. */
    private static final List<String> NOT_THE_SITE = List.of(
            "/portal",
            "/desk",
            "/back",
            "/account",
            "/login",
            "/logout",
            "/setup",
            "/invitation",
            "/counter",
            "/api",
            "/actuator",
            "/error",
            "/css",
            "/js",
            "/img",
            "/webjars",
            "/company",
            "/favicon.ico");

    private final CompanyManagement company;

    CompanyPageModel(CompanyManagement company) {
        this.company = company;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (company.isSetUp()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStaffPage(path) && !path.startsWith(SETUP_PAGE) && setsUpTheCompany()) {
            response.sendRedirect(request.getContextPath() + SETUP_PAGE);
            return false;
        }
        if ("GET".equals(request.getMethod()) && isSitePage(path)) {
            request.getRequestDispatcher("/setup").forward(request, response);
            return false;
        }
        return true;
    }

    @Override
    protected void addTo(ModelAndView page, HttpServletRequest request) {
        CompanyManagement.Stored stored = company.stored();
        page.addObject("company", stored.profile());
        page.addObject(
                "companyLogoUrl",
                company.logo()
                        .map(logo -> request.getContextPath() + "/company/logo?v=" + logo.version())
                        .orElse(null));
        page.addObject("companyThemeUrl", request.getContextPath() + "/company/theme.css?v=" + stored.version());
    }

    private static boolean isStaffPage(String path) {
        return path.equals("/back") || path.startsWith("/back/") || path.equals("/desk") || path.startsWith("/desk/");
    }

    private static boolean isSitePage(String path) {
        return NOT_THE_SITE.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static boolean setsUpTheCompany() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal user
                && (user.hasRole(Role.ADMIN) || user.hasRole(Role.WEBMASTER));
    }
}
