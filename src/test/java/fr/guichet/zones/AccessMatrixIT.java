package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractDocumentManagement;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Actor;
import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.BusinessHours;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RoutingRuleManagement;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, route by route (ADR 0013). Every route Spring MVC knows (its own registry, not a list kept by
 * hand) must be on {@link PublicRoutes} or have rows in {@link #MATRIX}; every row must name a route that exists.
 * Each row is sent as every principal — pages with a signed-in session and a CSRF token, the API with a real API
 * token — against real objects made for the cell ({@link RouteWorld}), and the answer must be the outcome the row
 * says. A refused change must also leave its object as it was.
 *
 * <p>A new route's author adds one line per route: method, pattern (as in the mapping), a sample path and body
 * naming objects of {@link RouteWorld} ({@code {ref}}, {@code {contract}}, {@code {customer}}…, {@code {ref.v}} for
 * a version), then the expected outcome for each principal in the order of {@link #PAGE_COLUMNS} or
 * {@link #API_COLUMNS}.
 */
class AccessMatrixIT extends IntegrationTest {

    /** Who asks. */
    enum Who {
        ANONYMOUS,
        /** A customer of the organisation the objects belong to. */
        CUSTOMER,
        /** A customer of another organisation. */
        OTHER_CUSTOMER,
        FRONT_OFFICE,
        /** Back office of the team that holds the request. */
        BACK_OFFICE,
        /** Back office of a team that never had the request. */
        OTHER_TEAM,
        /** Back office and team lead of the team that holds the request. */
        TEAM_LEAD,
        ADMIN,
        /** Back office of the other team, and webmaster: edits the public site and the company's identity. */
        WEBMASTER,
        /** Back office of the other team, and billing: sales administration, quotes, invoices, credit notes. */
        BILLING,
        /** An integration account's API token (back office, no team, like the demo's ERP connector). */
        INTEGRATION,
        /** Back office of a team the request passed through but that no longer holds it (rule gaps only). */
        PASSED_TEAM
    }

    /** What they get. */
    enum Outcome {
        /** Served: 2xx, or (not a GET) the change made and a redirect to a page of the same zone. */
        OK,
        /**
         * A redirect elsewhere than the login page: any for a GET (e.g. the login page for a signed-in user), to
         * another zone for a change.
         */
        REDIRECT,
        /** Sent to the login page: not signed in. */
        LOGIN,
        /** 401 problem details: no or bad API token. */
        UNAUTHORIZED,
        /** 403: the zone or the act is not for this role. */
        FORBIDDEN,
        /** 404: as if the object did not exist. */
        NOT_FOUND,
        /** Refused by a rule with a message: another 4xx, or the page shown again with its error. */
        RULE,
        /** 5xx: never expected. */
        SERVER_ERROR
    }

    static final List<Who> PAGE_COLUMNS = List.of(
            Who.ANONYMOUS,
            Who.CUSTOMER,
            Who.OTHER_CUSTOMER,
            Who.FRONT_OFFICE,
            Who.BACK_OFFICE,
            Who.OTHER_TEAM,
            Who.TEAM_LEAD,
            Who.ADMIN,
            Who.WEBMASTER,
            Who.BILLING);

    static final List<Who> API_COLUMNS =
            Stream.concat(PAGE_COLUMNS.stream(), Stream.of(Who.INTEGRATION)).toList();

    /** Test-only controllers: not routes of the application. */
    private static final Set<Class<?>> TEST_ONLY =
            Set.of(FailingTestController.class, UnlistedRouteTestController.class);

    /** Body of a multipart request: one small text file under the given field, then form fields. */
    private static final String UPLOAD = "@upload:";

    private static final String CSV = "@csv:";

    /** Body of a multipart request: one small PNG image under the given field. */
    private static final String IMAGE = "@image:";

    /** Refused, whichever way: the correct outcome of a known gap. */
    private static final Set<Outcome> REFUSED = Set.of(Outcome.FORBIDDEN, Outcome.NOT_FOUND, Outcome.RULE);

    /**
     * The matrix. A row is a route (method and pattern, as Spring MVC maps it) and what each principal gets, in the
     * order of the header; pages have ten columns, the API and the operations endpoints an eleventh (integration
     * token). The indented line below gives the sample path (objects of {@link RouteWorld} in braces, {@code .v} for
     * a version) and the body: form fields, JSON, {@code @upload:field} (a small text file), {@code @csv:field} (a CSV
     * file to import), {@code @hours} (today's business hours as they are); without it the sample is the pattern and
     * there is no body. Outcomes: OK, REDIR, LOGIN, 401, 403, 404, RULE (see {@link Outcome}).
     */
    static final String TABLE = String.join("", TABLE_FRONT(), TABLE_BACK());

    private static String TABLE_FRONT() {
        return """
            #     route (method, pattern; below: sample path, body)              anon  cust  other fo    bo    team  lead  admin web   bill  token

            # The public site, the login page, invitations (public routes, checked anyway)
            GET   /                                                              OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /services                                                      OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /contact                                                       OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /help                                                          OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /help/categories/{slug}                                        OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /help/categories/{kbsection}
            GET   /help/articles/{slug}                                          OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /help/articles/{kbslug}
            # an internal article is no one's on the help centre: staff read it in the back office
            GET   /help/articles/{slug}                                          404   404   404   404   404   404   404   404   404   404
                  /help/articles/{kbinternalslug}
            POST  /help/articles/{slug}/vote                                     OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /help/articles/{kbslug}/vote   helpful=yes
            POST  /help/articles/{slug}/vote                                     404   404   404   404   404   404   404   404   404   404
                  /help/articles/{kbinternalslug}/vote   helpful=yes
            GET   /help/search                                                   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /help/search?q=facture
            GET   /help/suggest                                                  OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /help/suggest?subject=imprimante&channel=PORTAL
            GET   /help/suggest/{id}                                             404   404   404   404   404   404   404   404   404   404
                  /help/suggest/0?deflection=AAAAAAAAAAAAAAAAAAAAAA
            GET   /en                                                            OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /fr                                                            REDIR REDIR REDIR REDIR REDIR REDIR REDIR REDIR REDIR REDIR
            GET   /{lang:fr|en}/{slug}                                           OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /fr/a-propos
            GET   /login                                                         OK    REDIR REDIR REDIR REDIR REDIR REDIR REDIR REDIR REDIR
            GET   /company/logo                                                  OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /company/theme.css                                             OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /setup                                                         404   404   404   404   404   404   404   404   404   404
            POST  /setup                                                         404   404   404   404   404   404   404   404   404   404
                  /setup   code=ABCD-EFGH-JKLM&displayName=Matrice&username=matrice.setup&email=matrice@example.fr&password=Matrice-Nouveau-2026&confirmation=Matrice-Nouveau-2026
            GET   /invitation/{secret}                                           OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /invitation/no-such-link
            GET   /news                                                          OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /news/{slug}                                                   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /news/{newsslug}
            GET   /news/{slug}                                                   404   404   404   404   404   404   404   404   404   404
                  /news/matrice-pas-une-actualite
            GET   /news/feed.atom                                                OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /media/{id}/{filename}                                         OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /media/{media}/{mediafile}
            GET   /media/{id}/{filename}                                         404   404   404   404   404   404   404   404   404   404
                  /media/0/absente.png
            GET   /sitemap.xml                                                   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /robots.txt                                                    OK    OK    OK    OK    OK    OK    OK    OK    OK    OK

            # The public site's news and media library, in the back office: the webmaster's and the administrator's
            GET   /back/website/news                                             LOGIN 403   403   403   403   403   403   OK    OK    403
            GET   /back/website/news/new                                         LOGIN 403   403   403   403   403   403   OK    OK    403
            POST  /back/website/news                                             LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/news   language=FR&title=Matrice&slug=&date=2026-01-20&summary=Résumé&bodyMarkdown=Texte&version=0
            GET   /back/website/news/{id}                                        LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/news/{news}
            POST  /back/website/news/{id}                                        LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/news/{news}   language=EN&title=Changed&slug=&date=2026-01-21&summary=Summary&bodyMarkdown=Text&version={news.v}
            POST  /back/website/news/{id}/publish                                LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/news/{news}/publish   version={news.v}
            POST  /back/website/news/{id}/unpublish                              LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/news/{pubnews}/unpublish   version={pubnews.v}
            POST  /back/website/news/{id}/delete                                 LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/news/{news}/delete   version={news.v}
            GET   /back/website/news/{id}/preview                                LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/news/{news}/preview
            GET   /back/website/media                                            LOGIN 403   403   403   403   403   403   OK    OK    403
            POST  /back/website/media                                            LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/media   @image:file
            GET   /back/website/media/{id}                                       LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/media/{media}
            POST  /back/website/media/{id}                                       LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/media/{media}   altFr=Une image&altEn=An image&version={media.v}
            POST  /back/website/media/{id}/delete                                LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/media/{media}/delete   version={media.v}
            GET   /back/website/media/picker                                     LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/media/picker?target=bodyMarkdown

            # Every signed-in user
            GET   /account/password                                              LOGIN OK    OK    OK    OK    OK    OK    OK    OK    OK
            POST  /account/password                                              LOGIN OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /account/password   currentPassword=Un-mot-de-passe-solide&newPassword=Matrice-Nouveau-2026&confirmation=Matrice-Nouveau-2026
            POST  /account/language                                              LOGIN OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /account/language   language=en
            POST  /account/presence                                              LOGIN OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /account/presence   present=true&back=/

            # Customer portal
            GET   /portal                                                        LOGIN OK    OK    403   403   403   403   403   403   403
            GET   /portal/requests                                               LOGIN OK    OK    403   403   403   403   403   403   403
            GET   /portal/requests/new                                           LOGIN OK    OK    403   403   403   403   403   403   403
            POST  /portal/requests                                               LOGIN OK    OK    403   403   403   403   403   403   403
                  /portal/requests   subject=Imprimante&category=TECHNICAL&description=En panne
            GET   /portal/requests/{reference}                                   LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/requests/{ref}
            POST  /portal/requests/{reference}/messages                          LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/requests/{ref}/messages   body=Merci
            POST  /portal/requests/{reference}/close                             LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/requests/{resolvedref}/close
            POST  /portal/requests/{reference}/rating                            LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/requests/{resolvedref}/rating   score=5&comment=Bien
            GET   /{zone:portal|desk|back}/requests/{reference}/attachments/{id} LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/requests/{ref}/attachments/{attachment}
            GET   /portal/contracts                                              LOGIN OK    OK    403   403   403   403   403   403   403
            GET   /portal/invoices                                               LOGIN OK    OK    403   403   403   403   403   403   403
            GET   /portal/invoices/{id}/pdf                                      LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/invoices/{invoice}/pdf
            GET   /portal/contracts/{id}                                         LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/contracts/{contract}
            GET   /portal/contracts/{id}/cancel                                  LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/contracts/{contract}/cancel
            POST  /portal/contracts/{id}/cancel                                  LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/contracts/{contract}/cancel   version={contract.v}
            GET   /portal/contracts/{id}/pdf                                     LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/contracts/{contract}/pdf
            GET   /portal/contracts/{id}/documents/{documentId}                  LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/contracts/{contract}/documents/{document}
            GET   /portal/services                                               LOGIN OK    OK    403   403   403   403   403   403   403
            POST  /portal/services/{code}/ask                                    LOGIN OK    OK    403   403   403   403   403   403   403
                  /portal/services/{code}/ask   message=Intéressé

            # Front-office desk
            GET   /desk                                                          LOGIN 403   403   OK    403   403   403   OK    403   403
            GET   /{zone:desk|back}/alerts                                      LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/alerts
            POST  /{zone:desk|back}/alerts/read                                 LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/alerts/read
            GET   /desk/internal-requests                                        LOGIN 403   403   OK    403   403   403   OK    403   403
            GET   /desk/internal-requests/new                                    LOGIN 403   403   OK    403   403   403   OK    403   403
            POST  /{zone:desk|back}/internal-requests                            LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/internal-requests   category=INTERNAL_IT&subject=Ecran&description=Ecran noir
            GET   /{zone:desk|back}/internal-requests/{reference}                LOGIN 403   403   OK    403   403   403   404   403   403
                  /desk/internal-requests/{internalref}
            POST  /{zone:desk|back}/internal-requests/{reference}/messages       LOGIN 403   403   OK    403   403   403   404   403   403
                  /desk/internal-requests/{internalref}/messages   body=Merci
            POST  /{zone:desk|back}/internal-requests/{reference}/close          LOGIN 403   403   OK    403   403   403   404   403   403
                  /desk/internal-requests/{internalref}/close
            GET   /desk/customers/{id}                                           LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/customers/{customer}
            POST  /desk/customers/{id}/quick                                     LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/customers/{fresh}/quick   phone=0472000000&email=accueil@example.fr&version={fresh.v}
            GET   /desk/customers/{id}/invoices/{invoiceId}/pdf                  LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/customers/{customer}/invoices/{invoice}/pdf
            GET   /back/customers/{id}/invoices/{invoiceId}/pdf                  LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{customer}/invoices/{invoice}/pdf
            GET   /desk/customers/{id}/contacts/{contactId}.vcf                  LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/customers/{customer}/contacts/{contact}.vcf
            GET   /desk/requests                                                 LOGIN 403   403   OK    403   403   403   OK    403   403
            GET   /desk/requests/new                                             LOGIN 403   403   OK    403   403   403   OK    403   403
            GET   /desk/requests/new/route                                       LOGIN 403   403   OK    403   403   403   OK    403   403
            GET   /desk/requests/new/contacts                                    LOGIN 403   403   OK    403   403   403   OK    403   403
            POST  /desk/requests                                                 LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests   organisationId={customer}&requesterName=Paul&channel=PHONE&category=OTHER&subject=Appel&description=Rappeler&resolvedNow=false
            GET   /desk/requests/{reference}                                     LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}
            POST  /desk/requests/{reference}/take                                LOGIN 403   403   OK    403   403   403   RULE  403   403
                  /desk/requests/{deskref}/take   version={deskref.v}
            POST  /desk/requests/{reference}/reply                               LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/reply   version={deskref.v}&body=Bonjour
            POST  /desk/requests/{reference}/handoff                             LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/handoff   version={deskref.v}&teamId={holding}&note=Pour vous
            POST  /desk/requests/{reference}/resolve                             LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/resolve   version={deskref.v}&answer=Réglé
            POST  /desk/requests/{reference}/note                                LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/note   version={deskref.v}&note=Vu
            POST  /{zone:desk|back}/requests/{reference}/priority                LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/priority   version={deskref.v}&priority=HIGH
            POST  /{zone:desk|back}/requests/{reference}/attachments             LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/attachments   @upload:files
            POST  /{zone:desk|back}/requests/{reference}/compose                 LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/compose   version={deskref.v}&act=NOTE&body=Vu&status=IN_PROGRESS
            GET   /{zone:desk|back}/requests/{reference}/compose                 LOGIN 403   403   REDIR 403   403   403   REDIR 403   403
                  /desk/requests/{deskref}/compose
            POST  /{zone:desk|back}/requests/{reference}/category                LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/category   version={deskref.v}&category=BILLING
            POST  /{zone:desk|back}/requests/{reference}/work                    LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/work   kind=TIME&time=30&billable=true
            POST  /{zone:desk|back}/requests/{reference}/work/{id}               LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/work/{deskwork}   version={deskwork.v}&time=45
            POST  /{zone:desk|back}/requests/{reference}/work/{id}/remove        LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/work/{deskwork}/remove   version={deskwork.v}
            POST  /{zone:desk|back}/requests/{reference}/presence                LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{deskref}/presence   replying=true
            GET   /{zone:portal|desk|back}/requests/{reference}/attachments/{id} LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{ref}/attachments/{attachment}
            GET   /{zone:desk|back}/saved-replies                               LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/saved-replies
            GET   /{zone:desk|back}/saved-replies/new                           LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/saved-replies/new
            POST  /{zone:desk|back}/saved-replies                               LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/saved-replies   title=Matrice&body=Bonjour {{customer.name}}&language=FR&scope=PERSONAL&version=0
            GET   /{zone:desk|back}/saved-replies/{id}                          LOGIN 403   403   404   403   403   403   OK    403   403
                  /desk/saved-replies/{teamreply}
            POST  /{zone:desk|back}/saved-replies/{id}                          LOGIN 403   403   404   403   403   403   OK    403   403
                  /desk/saved-replies/{teamreply}   title=Changée&body=Texte&language=FR&version={teamreply.v}
            POST  /{zone:desk|back}/saved-replies/{id}/delete                   LOGIN 403   403   404   403   403   403   OK    403   403
                  /desk/saved-replies/{teamreply}/delete   version={teamreply.v}
            GET   /{zone:desk|back}/requests/{reference}/saved-replies          LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{ref}/saved-replies
            POST  /{zone:desk|back}/requests/{reference}/saved-replies          LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/requests/{ref}/saved-replies   body=Bonjour&act=NOTE
            GET   /{zone:desk|back}/requests/{reference}/saved-replies/{id}     LOGIN 403   403   404   403   403   403   404   403   403
                  /desk/requests/{ref}/saved-replies/{teamreply}
            GET   /{zone:desk|back}/knowledge/pick                               LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/knowledge/pick?q=vpn

            """;
    }

    private static String TABLE_BACK() {
        return """
            # Back office
            GET   /back                                                          LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            GET   /{zone:desk|back}/alerts                                      LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/alerts
            POST  /{zone:desk|back}/alerts/read                                 LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/alerts/read
            GET   /back/internal-requests                                        LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            GET   /back/internal-requests/new                                    LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            POST  /{zone:desk|back}/internal-requests                            LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/internal-requests   category=INTERNAL_IT&subject=Ecran&description=Ecran noir
            GET   /{zone:desk|back}/internal-requests/{reference}                LOGIN 403   403   403   OK    404   404   404   404   404
                  /back/internal-requests/{backinternalref}
            POST  /{zone:desk|back}/internal-requests/{reference}/messages       LOGIN 403   403   403   OK    404   404   404   404   404
                  /back/internal-requests/{backinternalref}/messages   body=Merci
            POST  /{zone:desk|back}/internal-requests/{reference}/close          LOGIN 403   403   403   OK    404   404   404   404   404
                  /back/internal-requests/{backinternalref}/close
            GET   /back/requests                                                 LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            GET   /{zone:desk|back}/knowledge/pick                               LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/knowledge/pick?q=vpn
            GET   /back/knowledge/deflection                                     LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            GET   /back/requests/ratings                                         LOGIN 403   403   403   403   403   OK    OK    403   403
            GET   /back/reports                                                  LOGIN 403   403   403   403   403   OK    OK    403   403
            GET   /back/reports/requests                                         LOGIN 403   403   403   403   403   OK    OK    403   403
                  /back/reports/requests?drill=BOUNCED
            GET   /back/reports/export.csv                                       LOGIN 403   403   403   403   403   OK    OK    403   403
            GET   /back/requests/{reference}                                     LOGIN 403   403   403   OK    404   OK    OK    404   OK
                  /back/requests/{ref}
            POST  /back/requests/{reference}/claim                               LOGIN 403   403   403   OK    404   OK    RULE  404   RULE
                  /back/requests/{ref}/claim   version={ref.v}
            POST  /back/requests/{reference}/assign                              LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/assign   version={ref.v}&assigneeId={member}
            POST  /back/requests/{reference}/note                                LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/note   version={ref.v}&note=Vu
            POST  /back/requests/{reference}/ask                                 LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/ask   version={ref.v}&question=Quel modèle ?
            POST  /back/requests/{reference}/return                              LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/return   version={ref.v}&answer=Fait
            POST  /back/requests/{reference}/transfer                            LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/transfer   version={ref.v}&teamId={quiet}&reason=Pas pour nous
            POST  /back/requests/{reference}/reply                               LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/reply   version={ref.v}&body=Bonjour
            POST  /back/requests/{reference}/resolve                             LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/resolve   version={ref.v}&answer=Réglé
            POST  /back/requests/bulk-assign                                     LOGIN 403   403   403   OK    404   OK    OK    404   OK
                  /back/requests/bulk-assign   references={ref}&assigneeId={member}
            POST  /{zone:desk|back}/requests/{reference}/attachments             LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/attachments   @upload:files
            POST  /{zone:desk|back}/requests/{reference}/compose                 LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/compose   version={ref.v}&act=NOTE&body=Vu
            GET   /{zone:desk|back}/requests/{reference}/compose                 LOGIN 403   403   403   REDIR REDIR REDIR REDIR REDIR REDIR
                  /back/requests/{ref}/compose
            POST  /{zone:desk|back}/requests/{reference}/category                LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/category   version={ref.v}&category=BILLING
            POST  /{zone:desk|back}/requests/{reference}/work                    LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/work   kind=INTERVENTION&itemCode=AUDIT-SECU&quantity=1
            POST  /{zone:desk|back}/requests/{reference}/work/{id}               LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/work/{work}   version={work.v}&time=60&billable=false
            POST  /{zone:desk|back}/requests/{reference}/work/{id}/remove        LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/work/{work}/remove   version={work.v}

            # Billing's "to invoice" list: billing and administrators
            GET   /back/billing/to-invoice                                       LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/to-invoice/{organisationId}                      LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/to-invoice/{customer}   entries={billwork}
            POST  /{zone:desk|back}/requests/{reference}/priority                LOGIN 403   403   403   OK    404   OK    OK    404   RULE
                  /back/requests/{ref}/priority   version={ref.v}&priority=HIGH
            POST  /{zone:desk|back}/requests/{reference}/presence                LOGIN 403   403   403   OK    404   OK    OK    404   OK
                  /back/requests/{ref}/presence   replying=false
            GET   /{zone:portal|desk|back}/requests/{reference}/attachments/{id} LOGIN 403   403   403   OK    404   OK    OK    404   OK
                  /back/requests/{ref}/attachments/{attachment}
            GET   /{zone:desk|back}/saved-replies                               LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/saved-replies
            GET   /{zone:desk|back}/saved-replies/new                           LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/saved-replies/new
            POST  /{zone:desk|back}/saved-replies                               LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/saved-replies   title=Matrice&body=Bonjour {{customer.name}}&language=FR&scope=PERSONAL&version=0
            GET   /{zone:desk|back}/saved-replies/{id}                          LOGIN 403   403   403   OK    404   OK    OK    404   404
                  /back/saved-replies/{teamreply}
            POST  /{zone:desk|back}/saved-replies/{id}                          LOGIN 403   403   403   RULE  404   OK    OK    404   404
                  /back/saved-replies/{teamreply}   title=Changée&body=Texte&language=FR&version={teamreply.v}
            POST  /{zone:desk|back}/saved-replies/{id}/delete                   LOGIN 403   403   403   RULE  404   OK    OK    404   404
                  /back/saved-replies/{teamreply}/delete   version={teamreply.v}
            GET   /{zone:desk|back}/requests/{reference}/saved-replies          LOGIN 403   403   403   OK    404   OK    OK    404   OK
                  /back/requests/{ref}/saved-replies
            POST  /{zone:desk|back}/requests/{reference}/saved-replies          LOGIN 403   403   403   OK    404   OK    OK    404   OK
                  /back/requests/{ref}/saved-replies   body=Bonjour&act=NOTE
            GET   /{zone:desk|back}/requests/{reference}/saved-replies/{id}     LOGIN 403   403   403   OK    404   OK    404   404   404
                  /back/requests/{ref}/saved-replies/{teamreply}
            GET   /back/customers                                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            GET   /back/customers/new                                            LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            POST  /back/customers                                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers   name=Nouvelle SARL&kind=COMPANY&status=PROSPECT&street=2 rue Neuve&postalCode=69002&city=Lyon&country=FR&version=0&confirmDuplicate=true
            GET   /back/customers/{id}                                           LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{customer}
            GET   /back/customers/{id}/overview                                  LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{customer}/overview
            POST  /back/customers/{id}                                           LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{fresh}   name=Renommée SARL&kind=COMPANY&status=CUSTOMER&street=1 rue de la Paix&postalCode=69001&city=Lyon&country=FR&version={fresh.v}&confirmDuplicate=true
            POST  /back/customers/{id}/merge                                     LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{fresh}/merge   mergedId={dupe}&confirm=true
            GET   /back/customers/export.csv                                     LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            GET   /back/customers/{id}/contacts/new                              LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{customer}/contacts/new
            GET   /back/customers/{id}/contacts/{contactId}                      LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{customer}/contacts/{contact}
            POST  /back/customers/{id}/contacts                                  LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{fresh}/contacts   firstName=Léa&lastName=Nouvelle&email=lea@example.fr&language=FR&channel=EMAIL&version=0
            POST  /back/customers/{id}/contacts/{contactId}                      LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{customer}/contacts/{contact}   firstName=Paul&lastName=Contact&email=paul.contact@example.fr&language=FR&channel=EMAIL&version={contact.v}
            POST  /back/customers/{id}/contacts/{contactId}/invite               LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{customer}/contacts/{contact}/invite
            GET   /back/customers/{id}/contacts/{contactId}.vcf                  LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/{customer}/contacts/{contact}.vcf
            GET   /back/customers/import                                         LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            POST  /back/customers/import                                         LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/import   @csv:file
            GET   /back/customers/import/{id}                                    LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/import/{import}
            POST  /back/customers/import/{id}/run                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/import/{import}/run   name=0
            POST  /back/customers/import/{id}/cancel                             LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/customers/import/{import}/cancel
            GET   /back/billing                                                  LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/totals                                           LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/invoices.csv                                     LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/invoices/new                                     LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/invoices                                         LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices   organisationId={customer}&kind=INVOICE&purchaseOrder=BC-1
            GET   /back/billing/invoices/{id}                                    LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoice}
            POST  /back/billing/invoices/{id}/lines                              LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoicedraft}/lines   description=Ligne&quantity=2&unit=HOUR&unitPrice=80&discountPercent=0&vatRate=STANDARD&version={invoicedraft.v}
            POST  /back/billing/invoices/{id}/header                             LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoicedraft}/header   purchaseOrder=BC-9&paymentTermsDays=45&notes=Merci&version={invoicedraft.v}
            POST  /back/billing/invoices/{id}/lines/{index}/remove               LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoicedraft}/lines/0/remove   version={invoicedraft.v}
            POST  /back/billing/invoices/{id}/validate                           LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoicedraft}/validate   version={invoicedraft.v}
            POST  /back/billing/invoices/{id}/delete                             LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoicedraft}/delete   version={invoicedraft.v}
            POST  /back/billing/invoices/{id}/credit-note                        LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoice}/credit-note
            POST  /back/billing/invoices/{id}/send                               LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoice}/send   version={invoice.v}&byEmail=false
            POST  /back/billing/invoices/{id}/payments                           LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoice}/payments   amount=10,00&receivedOn={today}&method=CHEQUE&version={invoice.v}
            POST  /back/billing/invoices/{id}/refund                             LOGIN 403   403   403   403   403   403   RULE  403   RULE
                  /back/billing/invoices/{invoice}/refund   amount=10,00&receivedOn={today}&method=TRANSFER&version={invoice.v}
            POST  /back/billing/invoices/{id}/use-credit                         LOGIN 403   403   403   403   403   403   RULE  403   RULE
                  /back/billing/invoices/{invoice}/use-credit
            POST  /back/billing/allocations/{id}/undo                            LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/allocations/{allocation}/undo   reason=Erreur de saisie
            GET   /back/billing/payments                                         LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/payments/new                                     LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/payments/new?organisationId={customer}
            POST  /back/billing/payments                                         LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/payments   organisationId={customer}&receivedOn={today}&method=TRANSFER&amount=15,00&spread=true
            GET   /back/billing/payments/{id}                                    LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/payments/{payment}
            POST  /back/billing/payments/{id}/allocations                        LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/payments/{payment}/allocations   invoiceId={invoice}&amount=5,00
            POST  /back/billing/invoices/{id}/lifecycle                          LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoice}/lifecycle   status=DEPOSITED&version={invoice.v}
            GET   /back/billing/invoices/{id}/pdf                                LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoice}/pdf
            GET   /back/billing/invoices/{id}/factur-x                           LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{invoice}/factur-x
            GET   /back/billing/settings                                         LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/settings                                         LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/settings   lateInterestRate=12,15&defaultTermsDays=30&invoicePrefix=FA&creditNotePrefix=AV&version={billingsettings.v}
            GET   /back/contracts                                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            GET   /back/contracts/new                                            LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            POST  /back/contracts                                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/contracts   organisationId={customer}&title=Infogérance&startDate=2026-12-01&initialEndDate=2027-11-30&autoRenewal=true&renewalMonths=12&noticeDays=30&version=0
            GET   /back/contracts/{id}                                           LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/contracts/{contract}
            POST  /back/contracts/{id}                                           LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/contracts/{draft}   organisationId={customer}&title=Infogérance bis&startDate=2026-12-01&initialEndDate=2027-11-30&autoRenewal=true&renewalMonths=12&noticeDays=30&version={draft.v}
            POST  /back/contracts/{id}/lines                                     LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/contracts/{draft}/lines   version={draft.v}&itemCode=HOTLINE-PRO&quantity=2&discountPercent=0
            POST  /back/contracts/{id}/lines/{index}/remove                      LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/contracts/{draft}/lines/0/remove   version={draft.v}
            POST  /back/contracts/{id}/billing                                   LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/contracts/{draft}/billing   version={draft.v}&billingFrequency=MONTHLY&billingTiming=IN_ADVANCE
            POST  /back/contracts/{id}/{action:activate|suspend|resume|cancel}   LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/contracts/{contract}/suspend   version={contract.v}
            POST  /back/contracts/{id}/documents                                 LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/contracts/{contract}/documents   @upload:file
            GET   /back/contracts/{id}/pdf                                       LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/contracts/{contract}/pdf
            GET   /back/contracts/{id}/documents/{documentId}                    LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/contracts/{contract}/documents/{document}
            # The public site's pages (webmasters and administrators)
            GET   /back/website                                                  LOGIN 403   403   403   403   403   403   OK    OK    403
            GET   /back/website/pages/new                                        LOGIN 403   403   403   403   403   403   OK    OK    403
            POST  /back/website/pages                                            LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages   kind=PAGE&titleFr=Page matrice&bodyFr=Texte&version=0
            GET   /back/website/pages/{id}                                       LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{sitepage}
            POST  /back/website/pages/{id}                                       LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{sitepage}   kind=PAGE&titleFr=Page matrice changée&bodyFr=Texte&version={sitepage.v}
            GET   /back/website/pages/{id}/preview                               LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{sitepage}/preview
            GET   /back/website/pages/{id}/versions/{number}                     LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{livepage}/versions/1
            POST  /back/website/pages/{id}/publish                               LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{sitepage}/publish   version={sitepage.v}
            POST  /back/website/pages/{id}/schedule                              LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{sitepage}/schedule   version={sitepage.v}&publishAt=2099-01-01T10:00
            POST  /back/website/pages/{id}/schedule/cancel                       LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{sitepage}/schedule/cancel   version={sitepage.v}
            POST  /back/website/pages/{id}/unpublish                             LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{livepage}/unpublish   version={livepage.v}
            POST  /back/website/pages/{id}/versions/{number}/restore             LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{livepage}/versions/1/restore   version={livepage.v}
            POST  /back/website/pages/{id}/delete                                LOGIN 403   403   403   403   403   403   OK    OK    403
                  /back/website/pages/{sitepage}/delete   version={sitepage.v}

            GET   /back/catalogue                                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            GET   /back/catalogue/new                                            LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            POST  /back/catalogue                                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/catalogue   code=MATRICE-{user}&nameFr=Article&nameEn=Item&unit=MONTH&unitPrice=10.00&vatRate=STANDARD&recurrence=MONTHLY&publicItem=true&version=0
            GET   /back/catalogue/{id}                                           LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/catalogue/{item}
            POST  /back/catalogue/{id}                                           LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/catalogue/{item}   code={itemcode}&nameFr=Article changé&nameEn=Item&unit=MONTH&unitPrice=12.00&vatRate=STANDARD&recurrence=MONTHLY&publicItem=true&version={item.v}
            POST  /back/catalogue/{id}/retire                                    LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/catalogue/{item}/retire
            POST  /back/catalogue/{id}/reactivate                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/catalogue/{item}/reactivate

            # Knowledge base: every back-office member writes; a team lead, a webmaster or an administrator publishes,
            # archives, changes a published article and arranges the categories (KnowledgePublishingPolicy)
            GET   /back/knowledge                                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            GET   /back/knowledge/new                                            LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            POST  /back/knowledge                                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/knowledge   categoryId={kbcategory}&audience=PUBLIC&titleFr=Matrice {user}&bodyFr=Texte&version=0
            GET   /back/knowledge/{id:\\d+}                                      LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/knowledge/{kbdraft}
            GET   /back/knowledge/{id}/edit                                      LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/knowledge/{kbdraft}/edit
            GET   /back/knowledge/{id}/edit                                      LOGIN 403   403   403   403   403   OK    OK    OK    403
                  /back/knowledge/{kbpublished}/edit
            POST  /back/knowledge/{id}                                           LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/knowledge/{kbdraft}   categoryId={kbcategory}&audience=INTERNAL&titleFr=Matrice changé {user}&bodyFr=Texte&version={kbdraft.v}
            POST  /back/knowledge/{id}                                           LOGIN 403   403   403   403   403   OK    OK    OK    403
                  /back/knowledge/{kbpublished}   categoryId={kbcategory}&audience=PUBLIC&titleFr=Publié changé {user}&bodyFr=Texte&version={kbpublished.v}
            POST  /back/knowledge/{id}/publish                                   LOGIN 403   403   403   403   403   OK    OK    OK    403
                  /back/knowledge/{kbdraft}/publish   version={kbdraft.v}
            POST  /back/knowledge/{id}/archive                                   LOGIN 403   403   403   403   403   OK    OK    OK    403
                  /back/knowledge/{kbpublished}/archive   version={kbpublished.v}
            GET   /back/knowledge/categories                                     LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
            POST  /back/knowledge/categories                                     LOGIN 403   403   403   403   403   OK    OK    OK    403
                  /back/knowledge/categories   nameFr=Rubrique {user}&nameEn=Category {user}&position=50&version=0
            GET   /back/knowledge/categories/{id}                                LOGIN 403   403   403   OK    OK    OK    OK    OK    OK
                  /back/knowledge/categories/{kbcategory}
            POST  /back/knowledge/categories/{id}                                LOGIN 403   403   403   403   403   OK    OK    OK    403
                  /back/knowledge/categories/{kbcategory}   nameFr=Rubrique renommée {kbcategory}&nameEn=Renamed {kbcategory}&position=60&version={kbcategory.v}
            POST  /back/knowledge/categories/{id}/delete                         LOGIN 403   403   403   403   403   OK    OK    OK    403
                  /back/knowledge/categories/{kbempty}/delete   version={kbempty.v}

            # Administration
            GET   /back/admin                                                    LOGIN 403   403   403   403   403   403   OK    403   403
            GET   /back/admin/users                                              LOGIN 403   403   403   403   403   403   OK    403   403
            GET   /back/admin/users/new                                          LOGIN 403   403   403   403   403   403   OK    403   403
            POST  /back/admin/users                                              LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/users   username=matrice.{member}&displayName=Nouvelle Recrue&email=recrue.{member}@example.fr&kind=STAFF&roles=FRONT_OFFICE&language=FR&password=Un-mot-de-passe-solide&version=0
            GET   /back/admin/users/{id}                                         LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/users/{user}
            POST  /back/admin/users/{id}                                         LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/users/{user}   username={username}&displayName=Renommé&email=renomme.{user}@example.fr&kind=STAFF&roles=FRONT_OFFICE&language=FR&version={user.v}
            POST  /back/admin/users/{id}/disable                                 LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/users/{user}/disable
            POST  /back/admin/users/{id}/enable                                  LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/users/{user}/enable
            GET   /back/admin/users/{id}/password                                LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/users/{user}/password
            POST  /back/admin/users/{id}/password                                LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/users/{user}/password   password=Temporaire-Solide-2026
            GET   /back/admin/teams                                              LOGIN 403   403   403   403   403   403   OK    403   403
            GET   /back/admin/teams/new                                          LOGIN 403   403   403   403   403   403   OK    403   403
            POST  /back/admin/teams                                              LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/teams   code=mat{member}&name=Équipe nouvelle&office=BACK_OFFICE&answersCustomers=false&autoAssign=false&version=0
            GET   /back/admin/teams/{id}                                         LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/teams/{team}
            POST  /back/admin/teams/{id}                                         LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/teams/{team}   code=eqm{team}&name=Équipe renommée&office=BACK_OFFICE&answersCustomers=false&autoAssign=false&version={team.v}
            GET   /back/admin/sites                                              LOGIN 403   403   403   403   403   403   OK    403   403
            GET   /back/admin/sites/new                                          LOGIN 403   403   403   403   403   403   OK    403   403
            POST  /back/admin/sites                                              LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/sites   code=site{member}&name=Site nouveau&city=Lyon&remote=false&version=0
            GET   /back/admin/sites/{id}                                         LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/sites/{site}
            POST  /back/admin/sites/{id}                                         LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/sites/{site}   code=sitem{site}&name=Site renommé&city=Lyon&remote=false&version={site.v}
            GET   /back/admin/routing                                            LOGIN 403   403   403   403   403   403   OK    403   403
            GET   /back/admin/routing/new                                        LOGIN 403   403   403   403   403   403   OK    403   403
            POST  /back/admin/routing                                            LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/routing   position=901&category=OTHER&keyword=matrice{member}&priority=NORMAL&active=true&version=0
            GET   /back/admin/routing/{id}                                       LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/routing/{rule}
            POST  /back/admin/routing/{id}                                       LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/routing/{rule}   position=902&category=OTHER&keyword=matrice{rule}&priority=NORMAL&active=true&version={rule.v}
            POST  /back/admin/routing/{id}/delete                                LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/routing/{rule}/delete
            # The counter's settings (ADR 0026); before the kiosk's and display's rows, whose links a regeneration changes
            GET   /back/admin/counter                                            LOGIN 403   403   403   403   403   403   OK    403   403
            POST  /back/admin/counter/reasons                                    LOGIN 403   403   403   403   403   403   RULE  403   403
                  /back/admin/counter/reasons   letter=A&labelFr=Déjà pris&labelEn=Taken
            POST  /back/admin/counter/reasons/{id}                               LOGIN 403   403   403   403   403   403   RULE  403   403
                  /back/admin/counter/reasons/{reason}   letter=A&labelFr=Accueil&labelEn=Reception&active=true&position=1&version=-1
            POST  /back/admin/counter/desks                                      LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/counter/desks   name=Guichet matrice&position=99
            POST  /back/admin/counter/desks/{id}                                 LOGIN 403   403   403   403   403   403   RULE  403   403
                  /back/admin/counter/desks/{desk}   name=Guichet 1&active=true&position=1&version=-1
            POST  /back/admin/counter/threshold                                  LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/counter/threshold   thresholdMinutes=15&version={thresholdversion}
            POST  /back/admin/counter/devices/{device:kiosk|display}/regenerate  LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/counter/devices/display/regenerate

            # The counter's kiosk and display: public pages that answer only with their secret link (ADR 0026)
            GET   /counter/kiosk/{secret}                                        OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /counter/kiosk/{kiosk}
            GET   /counter/kiosk/{secret}                                        404   404   404   404   404   404   404   404   404   404
                  /counter/kiosk/pas-le-secret
            POST  /counter/kiosk/{secret}/tickets                                OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /counter/kiosk/{kiosk}/tickets   reasonId={reason}&visitorName=Matrice
            POST  /counter/kiosk/{secret}/tickets                                404   404   404   404   404   404   404   404   404   404
                  /counter/kiosk/pas-le-secret/tickets   reasonId={reason}
            GET   /counter/display/{secret}                                      OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /counter/display/{display}
            GET   /counter/display/{secret}                                      404   404   404   404   404   404   404   404   404   404
                  /counter/display/pas-le-secret
            GET   /counter/display/{secret}/board                                OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /counter/display/{display}/board
            GET   /counter/display/{secret}/board                                404   404   404   404   404   404   404   404   404   404
                  /counter/display/{kiosk}/board
            GET   /counter/display/{secret}/events                               OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /counter/display/{display}/events
            GET   /counter/display/{secret}/events                               404   404   404   404   404   404   404   404   404   404
                  /counter/display/pas-le-secret/events

            # The counter staff's page (front office)
            GET   /desk/counter                                                  LOGIN 403   403   OK    403   403   403   OK    403   403
            POST  /desk/counter/tickets                                          LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/counter/tickets   reasonId={reason}&visitorName=Paul
            POST  /desk/counter/call-next                                        LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/counter/call-next   deskId={desk}&reasonId={reason}&waiting={ticket}
            POST  /desk/counter/tickets/{id}/call                                LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/counter/tickets/{ticket}/call   deskId={desk}
            POST  /desk/counter/tickets/{id}/{act:recall|serve|no-show|finish}   LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/counter/tickets/{calledticket}/serve
            POST  /desk/counter/tickets/{id}/identify                            LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/counter/tickets/{ticket}/identify   organisationId={customer}
            POST  /desk/counter/tickets/{id}/record                              LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/counter/tickets/{servingticket}/record   subject=Visite&description=Question au guichet&category=OTHER&outcome=resolved&answer=Réglé sur place

            GET   /back/admin/company                                            LOGIN 403   403   403   403   403   403   OK    OK    403
            POST  /back/admin/company                                            LOGIN 403   403   403   403   403   403   RULE  RULE  403
                  /back/admin/company   tradeName=&version=0
            GET   /back/admin/company/setup                                      LOGIN 403   403   403   403   403   403   REDIR REDIR 403
            POST  /back/admin/company/setup                                      LOGIN 403   403   403   403   403   403   RULE  RULE  403
                  /back/admin/company/setup   tradeName=Matrice&version=0
            POST  /back/admin/company/logo                                       LOGIN 403   403   403   403   403   403   RULE  RULE  403
                  /back/admin/company/logo   @upload:logo
            POST  /back/admin/company/logo/delete                                LOGIN 403   403   403   403   403   403   RULE  RULE  403
                  /back/admin/company/logo/delete   logoVersion=0
            GET   /back/admin/business-hours                                     LOGIN 403   403   403   403   403   403   OK    403   403
            POST  /back/admin/business-hours                                     LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/business-hours   @hours
            GET   /back/admin/interlocutors                                      LOGIN 403   403   403   403   403   403   OK    403   403
            POST  /back/admin/interlocutors                                      LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/interlocutors   policy=ACCOUNT_MANAGER&mailOwners=true&version={owners.v}
            GET   /back/admin/outbox                                             LOGIN 403   403   403   403   403   403   OK    403   403
            GET   /back/admin/tokens                                             LOGIN 403   403   403   403   403   403   OK    403   403
            POST  /back/admin/tokens                                             LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/tokens   userId={member}&name=Matrice
            POST  /back/admin/tokens/{id}/revoke                                 LOGIN 403   403   403   403   403   403   OK    403   403
                  /back/admin/tokens/{token}/revoke

            # REST API (tokens)
            GET   /api/v1                                                        401   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /api/v1/requests                                               401   OK    OK    OK    OK    OK    OK    OK    OK    OK    403
            POST  /api/v1/requests                                               401   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /api/v1/requests   {"subject":"Panne","description":"Serveur","category":"TECHNICAL","channel":"PHONE","organisationId":{customer},"requesterName":"Paul"}
            GET   /api/v1/requests/{reference}                                   401   OK    404   OK    OK    404   OK    OK    404   OK    404
                  /api/v1/requests/{ref}
            PATCH /api/v1/requests/{reference}                                   401   403   404   OK    OK    404   OK    OK    404   403   404
                  /api/v1/requests/{ref}   {"version":{ref.v},"priority":"HIGH"}
            POST  /api/v1/requests/{reference}/handoff                           401   403   404   403   OK    404   OK    OK    404   403   404
                  /api/v1/requests/{ref}/handoff   {"version":{ref.v},"teamId":{quiet},"note":"Pour vous"}
            POST  /api/v1/requests/{reference}/messages                          401   OK    404   OK    OK    404   OK    OK    404   403   404
                  /api/v1/requests/{ref}/messages   {"version":{ref.v},"body":"Bien reçu","visibility":"INTERNAL"}
            POST  /api/v1/requests/{reference}/resolve                           401   403   404   OK    OK    404   OK    OK    404   403   404
                  /api/v1/requests/{ref}/resolve   {"version":{ref.v},"answer":"Réglé"}
            GET   /api/v1/requests/{reference}/messages                          401   OK    404   OK    OK    404   OK    OK    404   OK    404
                  /api/v1/requests/{ref}/messages
            GET   /api/v1/requests/{reference}/history                           401   OK    404   OK    OK    404   OK    OK    404   OK    404
                  /api/v1/requests/{ref}/history
            GET   /api/v1/requests/{reference}/work                              401   403   404   OK    OK    404   OK    OK    404   403   404
                  /api/v1/requests/{ref}/work
            POST  /api/v1/requests/{reference}/work                              401   403   404   OK    OK    404   OK    OK    404   403   404
                  /api/v1/requests/{ref}/work   {"kind":"TIME","minutes":30,"billable":true}
            GET   /api/v1/requests/{reference}/work/{id}                         401   403   404   OK    OK    404   OK    OK    404   403   404
                  /api/v1/requests/{ref}/work/{work}
            PUT   /api/v1/requests/{reference}/work/{id}                         401   403   404   OK    OK    404   OK    OK    404   403   404
                  /api/v1/requests/{ref}/work/{work}   {"version":{work.v},"kind":"TIME","minutes":45}
            DELETE /api/v1/requests/{reference}/work/{id}                        401   403   404   OK    OK    404   OK    OK    404   403   404
                  /api/v1/requests/{ref}/work/{work}?version={work.v}
            GET   /api/v1/requests/{reference}/saved-replies/{id}/rendered       401   403   404   404   OK    404   OK    404   404   404   404
                  /api/v1/requests/{ref}/saved-replies/{teamreply}/rendered
            GET   /api/v1/saved-replies                                          401   403   403   OK    OK    OK    OK    OK    OK    OK    OK
            POST  /api/v1/saved-replies                                          401   403   403   OK    OK    OK    OK    OK    OK    OK    OK
                  /api/v1/saved-replies   {"title":"Matrice","body":"Bonjour {{customer.name}}","language":"FR","scope":"PERSONAL"}
            GET   /api/v1/saved-replies/{id}                                     401   403   403   404   OK    404   OK    OK    404   404   404
                  /api/v1/saved-replies/{teamreply}
            PUT   /api/v1/saved-replies/{id}                                     401   403   403   404   403   404   OK    OK    404   404   404
                  /api/v1/saved-replies/{teamreply}   {"version":{teamreply.v},"title":"Changée","body":"Texte","language":"FR"}
            DELETE /api/v1/saved-replies/{id}                                    401   403   403   404   403   404   OK    OK    404   404   404
                  /api/v1/saved-replies/{teamreply}?version={teamreply.v}
            GET   /api/v1/reports/requests                                       401   403   403   403   403   403   OK    OK    403   403   403
            GET   /api/v1/reports/requests/lines                                 401   403   403   403   403   403   OK    OK    403   403   403
                  /api/v1/reports/requests/lines?drill=OVERDUE
            GET   /api/v1/customers                                              401   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            POST  /api/v1/customers                                              401   403   403   403   OK    OK    OK    OK    OK    OK    OK
                  /api/v1/customers   {"name":"Nouvelle API","kind":"COMPANY","status":"PROSPECT","address":{"street":"2 rue Neuve","postalCode":"69002","city":"Lyon","country":"FR"}}
            GET   /api/v1/customers/{id}                                         401   OK    404   OK    OK    OK    OK    OK    OK    OK    OK
                  /api/v1/customers/{customer}
            PUT   /api/v1/customers/{id}                                         401   403   403   403   OK    OK    OK    OK    OK    OK    OK
                  /api/v1/customers/{fresh}   {"name":"Renommée API","kind":"COMPANY","status":"CUSTOMER","address":{"street":"1 rue de la Paix","postalCode":"69001","city":"Lyon","country":"FR"},"version":{fresh.v}}
            GET   /api/v1/customers/{id}/contacts                                401   OK    404   OK    OK    OK    OK    OK    OK    OK    OK
                  /api/v1/customers/{customer}/contacts
            POST  /api/v1/customers/{id}/contacts                                401   403   403   403   OK    OK    OK    OK    OK    OK    OK
                  /api/v1/customers/{customer}/contacts   {"firstName":"Léa","lastName":"Api","email":"lea.api@example.fr","language":"FR","channel":"EMAIL"}
            GET   /api/v1/contacts                                               401   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /api/v1/contacts/{id}                                          401   OK    404   OK    OK    OK    OK    OK    OK    OK    OK
                  /api/v1/contacts/{contact}
            PUT   /api/v1/contacts/{id}                                          401   403   403   403   OK    OK    OK    OK    OK    OK    OK
                  /api/v1/contacts/{contact}   {"version":{contact.v},"contact":{"firstName":"Paul","lastName":"Changé","email":"paul.change@example.fr","language":"FR","channel":"EMAIL"}}
            GET   /api/v1/invoices                                               401   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
                  /api/v1/invoices?organisationId={customer}
            POST  /api/v1/invoices                                               401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices   {"organisationId":{customer},"lines":[{"description":"Matrice API","quantity":1,"unit":"HOUR","unitPrice":80,"vatRate":"20"}]}
            GET   /api/v1/invoices/{id}                                          401   OK    404   OK    OK    OK    OK    OK    OK    OK    OK
                  /api/v1/invoices/{invoice}
            GET   /api/v1/invoices/{id}                                          401   404   404   404   404   404   404   OK    404   OK    404
                  /api/v1/invoices/{invoicedraft}
            POST  /api/v1/invoices/{id}/lines                                    401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{invoicedraft}/lines   {"version":{invoicedraft.v},"line":{"description":"Ligne","quantity":2,"unit":"HOUR","unitPrice":80,"vatRate":"STANDARD"}}
            POST  /api/v1/invoices/{id}/validate                                 401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{invoicedraft}/validate   {"version":{invoicedraft.v}}
            POST  /api/v1/invoices/{id}/credit-notes                             401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{invoice}/credit-notes   {}
            POST  /api/v1/invoices/{id}/send                                     401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{invoice}/send   {"version":{invoice.v},"byEmail":false}
            POST  /api/v1/invoices/{id}/payments                                 401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{invoice}/payments   {"version":{invoice.v},"amount":10}
            POST  /api/v1/invoices/{id}/lifecycle                                401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{invoice}/lifecycle   {"version":{invoice.v},"status":"DEPOSITED"}
            GET   /api/v1/payments                                               401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/payments?organisationId={customer}
            GET   /api/v1/payments/{id}                                          401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/payments/{payment}
            GET   /api/v1/payments/credit                                        401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/payments/credit?organisationId={customer}
            POST  /api/v1/payments                                               401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/payments   {"organisationId":{customer},"receivedOn":"{today}","amount":25,"method":"CHEQUE","allocations":[{"invoiceId":{invoice},"amount":25}]}
            POST  /api/v1/payments/{id}/allocations                              401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/payments/{payment}/allocations   {"invoiceId":{invoice},"amount":5}
            POST  /api/v1/payments/allocations/{allocationId}/undo               401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/payments/allocations/{allocation}/undo   {"reason":"Erreur de saisie"}
            GET   /api/v1/invoices/{id}/pdf                                      401   OK    404   OK    OK    OK    OK    OK    OK    OK    OK
                  /api/v1/invoices/{invoice}/pdf
            GET   /api/v1/invoices/{id}/factur-x                                 401   OK    404   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{invoice}/factur-x
            GET   /api/v1/invoices/{id}/ubl                                      401   OK    404   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{invoice}/ubl
            GET   /api/v1/contracts                                              401   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            POST  /api/v1/contracts                                              401   403   403   403   OK    OK    OK    OK    OK    OK    OK
                  /api/v1/contracts   {"organisationId":{customer},"title":"Infogérance API","startDate":"2026-12-01","initialEndDate":"2027-11-30","autoRenewal":true,"renewalMonths":12,"noticeDays":30}
            GET   /api/v1/contracts/{id}                                         401   OK    404   OK    OK    OK    OK    OK    OK    OK    OK
                  /api/v1/contracts/{contract}
            POST  /api/v1/contracts/{id}/lines                                   401   403   403   403   OK    OK    OK    OK    OK    OK    OK
                  /api/v1/contracts/{draft}/lines   {"version":{draft.v},"itemCode":"HOTLINE-PRO","quantity":1}
            PUT   /api/v1/contracts/{id}/billing                                 401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/contracts/{draft}/billing   {"version":{draft.v},"frequency":"QUARTERLY","timing":"IN_ARREARS","validateDirectly":false}
            POST  /api/v1/contracts/{id}/{action:activate|suspend|resume|cancel} 401   403   403   403   OK    OK    OK    OK    OK    OK    OK
                  /api/v1/contracts/{contract}/suspend   {"version":{contract.v}}
            GET   /api/v1/catalog                                                401   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            POST  /api/v1/catalog                                                401   403   403   403   OK    OK    OK    OK    OK    OK    OK
                  /api/v1/catalog   {"code":"API-{member}-{user}","nameFr":"Article","nameEn":"Item","unit":"MONTH","unitPrice":10.00,"vatRate":"STANDARD","recurrence":"MONTHLY","publicItem":true}
            GET   /api/v1/catalog/{code}                                         401   OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            PUT   /api/v1/catalog/{code}                                         401   403   403   403   OK    OK    OK    OK    OK    OK    OK
                  /api/v1/catalog/{code}   {"code":"{code}","nameFr":"Article changé","nameEn":"Item","unit":"MONTH","unitPrice":12.00,"vatRate":"STANDARD","recurrence":"MONTHLY","publicItem":true,"version":{code.v}}

            # Operations endpoints (outside Spring MVC's registry: the actuator's own)
            GET   /actuator/prometheus                                           401   403   403   403   403   403   403   OK    403   403   403
            GET   /actuator/health                                               OK    OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            GET   /actuator/health/readiness                                     OK    OK    OK    OK    OK    OK    OK    OK    OK    OK    OK
            """;
    }

    static final List<Row> MATRIX = parse(TABLE
            + QuoteMatrixRows.ROWS
            + RemindersMatrixRows.ROWS
            + StatementsMatrixRows.ROWS
            + AccountingMatrixRows.ROWS
            + SepaMatrixRows.ROWS);

    /**
     * Acts the REST API used to accept although the pages refused them (issue 11), asked by principals the matrix has no
     * column for (a team the request only passed through) or with a body the matrix's sample does not carry. The rules
     * now live in the domain: each must get its correct outcome.
     */
    static final List<Gap> ACTS_THE_RULES_REFUSE = List.of(
            gap(
                    "a team that does not hold the request changes its priority",
                    Who.PASSED_TEAM,
                    "PATCH",
                    "/api/v1/requests/{ref}",
                    "{\"version\":{ref.v},\"priority\":\"HIGH\"}",
                    REFUSED),
            gap(
                    "a team that may not answer customers posts a public reply",
                    Who.PASSED_TEAM,
                    "POST",
                    "/api/v1/requests/{quietref}/messages",
                    "{\"version\":{quietref.v},\"body\":\"Réponse publique\",\"visibility\":\"PUBLIC\"}",
                    REFUSED),
            gap(
                    "the holding team assigns a user who is not one of its members",
                    Who.BACK_OFFICE,
                    "PATCH",
                    "/api/v1/requests/{ref}",
                    "{\"version\":{ref.v},\"assigneeId\":{customeruser}}",
                    REFUSED),
            gap(
                    "a request is created for an organisation that does not exist",
                    Who.FRONT_OFFICE,
                    "POST",
                    "/api/v1/requests",
                    "{\"subject\":\"Panne\",\"description\":\"Serveur\",\"category\":\"TECHNICAL\","
                            + "\"organisationId\":987654321,\"requesterName\":\"Paul\"}",
                    REFUSED),
            gap(
                    "another team's staff uploads an attachment",
                    Who.PASSED_TEAM,
                    "POST",
                    "/back/requests/{ref}/attachments",
                    UPLOAD + "files",
                    REFUSED),
            gap(
                    "a customer's token reads the history without the internal notes",
                    Who.CUSTOMER,
                    "GET",
                    "/api/v1/requests/{ref}/history",
                    null,
                    Set.of(Outcome.OK)));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvcRoutes;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    TeamManagement teams;

    @Autowired
    RequestManagement requests;

    @Autowired
    RoutingRuleManagement routing;

    @Autowired
    AttachmentManagement attachments;

    @Autowired
    ContractManagement contracts;

    @Autowired
    ContractDocumentManagement documents;

    @Autowired
    CatalogueManagement catalogue;

    @Autowired
    BusinessHours hours;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private final Map<Who, UserAccount> accounts = new EnumMap<>(Who.class);
    private final Map<Who, String> secrets = new EnumMap<>(Who.class);
    /** For each customer, the name the other organisation's data carry: never on that customer's screens. */
    private final Map<Who, String> foreignMarkers = new EnumMap<>(Who.class);

    private RouteWorld.Cast cast;
    private RouteWorld.Services services;
    private RouteWorld readWorld;

    @BeforeEach
    void principalsTeamsAndTokens() {
        long holding = teams.createTeam(unique("tient"), "Équipe qui tient", Office.BACK_OFFICE, null, true)
                .getId();
        long other = teams.createTeam(unique("autre"), "Autre équipe", Office.BACK_OFFICE, null, true)
                .getId();
        long quiet = teams.createTeam(unique("calme"), "Équipe sans clients", Office.BACK_OFFICE, null, false)
                .getId();
        accounts.put(Who.CUSTOMER, customerUser());
        accounts.put(Who.OTHER_CUSTOMER, customerUser());
        accounts.put(Who.FRONT_OFFICE, staff(Role.FRONT_OFFICE));
        accounts.put(Who.BACK_OFFICE, member(holding, Role.BACK_OFFICE));
        accounts.put(Who.OTHER_TEAM, member(other, Role.BACK_OFFICE));
        accounts.put(Who.TEAM_LEAD, member(holding, Role.BACK_OFFICE, Role.TEAM_LEAD));
        accounts.put(Who.ADMIN, staff(Role.ADMIN));
        accounts.put(Who.WEBMASTER, member(other, Role.BACK_OFFICE, Role.WEBMASTER));
        accounts.put(Who.BILLING, member(other, Role.BACK_OFFICE, Role.BILLING));
        accounts.put(Who.INTEGRATION, integrationUser(Role.BACK_OFFICE));
        accounts.put(Who.PASSED_TEAM, member(quiet, Role.BACK_OFFICE));
        accounts.forEach((who, account) -> secrets.put(who, apiTokenOf(account)));
        cast = new RouteWorld.Cast(
                accounts.get(Who.CUSTOMER).getCustomerOrganisationId(),
                accounts.get(Who.OTHER_CUSTOMER).getCustomerOrganisationId(),
                holding,
                other,
                quiet,
                accounts.get(Who.FRONT_OFFICE),
                accounts.get(Who.BACK_OFFICE),
                accounts.get(Who.PASSED_TEAM),
                accounts.get(Who.CUSTOMER));
        services = RouteWorld.Services.of(context, IntegrationTest::unique);
        readWorld = new RouteWorld(cast, services);
        foreignMarkers.put(Who.CUSTOMER, marked(cast.otherOrganisation()));
        foreignMarkers.put(Who.OTHER_CUSTOMER, marked(cast.customerOrganisation()));
    }

    /**
     * Gives the organisation a request, a contract and a contact that carry its name, so that a customer's page or
     * list that shows another organisation's data is caught; returns the name.
     */
    private String marked(long organisation) {
        String name = customers.find(organisation).orElseThrow().getName();
        UserAccount agent = accounts.get(Who.FRONT_OFFICE);
        requests.submit(
                new NewRequest(
                        name, "Texte", Category.OTHER, Channel.PHONE, organisation, null, name, null, agent.getId()),
                new Actor(agent.getId(), agent.getDisplayName()));
        Contract contract = contracts.draft(
                organisation,
                name,
                new ContractTerms(contracts.today(), contracts.today().plusYears(1), false, 0, 0));
        contract = contracts.addLine(contract.getId(), contract.getVersion(), "HOTLINE-PRO", BigDecimal.ONE, null);
        contracts.activate(contract.getId(), contract.getVersion());
        customers.addContact(organisation, "Marque", name, null, unique("marque") + "@example.fr", null);
        return name;
    }

    @Test
    void everyRouteOfTheApplicationHasRowsOrIsPublic() {
        Set<String> covered = new TreeSet<>();
        MATRIX.forEach(row -> covered.add(row.route()));
        List<String> missing = routes().stream()
                .filter(route -> !covered.contains(route))
                .filter(route -> !isPublic(route))
                .toList();
        assertThat(missing)
                .as("routes without rows in AccessMatrixIT.MATRIX and not in PublicRoutes (add one row per route)")
                .isEmpty();
    }

    @Test
    void everyRowNamesARouteThatExists() {
        Set<String> routes = routes();
        List<String> gone = MATRIX.stream()
                .filter(row -> !row.operations())
                .map(Row::route)
                .filter(route -> !routes.contains(route))
                .distinct()
                .toList();
        assertThat(gone)
                .as("rows of AccessMatrixIT.MATRIX naming routes that no longer exist")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyRouteAnswersEachPrincipalAsTheMatrixSays() {
        return MATRIX.stream()
                .map(row -> DynamicContainer.dynamicContainer(
                        row.method() + " " + row.sample(),
                        row.expected().entrySet().stream()
                                .map(cell -> DynamicTest.dynamicTest(
                                        row.route() + " (" + row.sample() + ") as " + cell.getKey(),
                                        () -> check(row, cell.getKey(), cell.getValue())))));
    }

    @TestFactory
    Stream<DynamicNode> actsTheRulesRefuseAreRefused() {
        return ACTS_THE_RULES_REFUSE.stream()
                .map(gap -> DynamicTest.dynamicTest(gap.what() + " (" + gap.who() + ")", () -> {
                    RouteWorld world = new RouteWorld(cast, services);
                    MvcResult result = send(gap.method(), gap.sample(), gap.body(), gap.who(), world);
                    Outcome actual = outcome(gap.method(), result);
                    assertThat(gap.correct())
                            .as("%s %s as %s (%s)", gap.method(), gap.sample(), gap.who(), explain(result))
                            .contains(actual);
                    if (gap.sample().endsWith("/history")) {
                        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                                .as("the history a customer reads")
                                .doesNotContain(RouteWorld.INTERNAL_NOTE);
                    }
                }));
    }

    @Test
    void aRouteOutsideTheZonesAndThePublicListIsRefusedToEveryone() throws Exception {
        for (Who who : PAGE_COLUMNS) {
            MvcResult result = send("GET", UnlistedRouteTestController.PATH, null, who, readWorld);
            assertThat(outcome("GET", result))
                    .as(who.name())
                    .isEqualTo(who == Who.ANONYMOUS ? Outcome.LOGIN : Outcome.FORBIDDEN);
        }
    }

    @Test
    void theForbiddenPageIsTheZonesOwnAndSaysWhy() {
        HttpSession browser = new HttpSession(port);
        assertThat(browser.login(accounts.get(Who.FRONT_OFFICE).getUsername(), PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/desk"));
        HttpResponse<String> response = browser.get("/back");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("Accès refusé")
                .contains("zone-back")
                .doesNotContain("Exception");
    }

    private void check(Row row, Who who, Outcome expected) throws Exception {
        boolean changes = !row.method().equals("GET");
        RouteWorld world = changes ? new RouteWorld(cast, services) : readWorld;
        String before = changes ? fingerprintBefore(world, row) : null;
        MvcResult result = send(row.method(), row.sample(), row.body(), who, world);
        Outcome actual = outcome(row.method(), result);
        assertThat(actual)
                .as("%s %s as %s (%s)", row.method(), row.sample(), who, explain(result))
                .isEqualTo(expected);
        // (A status set by sendError has no body under MockMvc: the server's error page writes it, see ErrorPagesIT.)
        if (row.api()
                && (actual == Outcome.UNAUTHORIZED || actual == Outcome.FORBIDDEN || actual == Outcome.NOT_FOUND)
                && result.getResponse().getContentAsByteArray().length > 0) {
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        }
        if (foreignMarkers.containsKey(who) && result.getResponse().getStatus() < 300) {
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body)
                    .as("%s %s as %s shows another organisation's data", row.method(), row.sample(), who)
                    .doesNotContain(foreignMarkers.get(who));
            assertThat(body)
                    .as("%s %s as %s shows an internal note to a customer", row.method(), row.sample(), who)
                    .doesNotContain(RouteWorld.INTERNAL_NOTE);
        }
        if (changes && before != null && actual != Outcome.OK) {
            assertThat(world.fingerprint(row.sample()))
                    .as("%s %s as %s was refused but changed its object", row.method(), row.sample(), who)
                    .isEqualTo(before);
        }
    }

    /** Makes the objects the row names before the request, and returns the first one's version. */
    private static String fingerprintBefore(RouteWorld world, Row row) {
        world.fill(row.sample());
        world.fill(row.body() == null || row.body().startsWith("@") ? null : row.body());
        return world.fingerprint(row.sample());
    }

    private MvcResult send(String method, String sample, String body, Who who, RouteWorld world) throws Exception {
        String path = world.fill(sample);
        boolean api = path.startsWith("/api/") || path.startsWith("/actuator/");
        AbstractMockHttpServletRequestBuilder<?> request;
        if (body != null && (body.startsWith(UPLOAD) || body.startsWith(CSV) || body.startsWith(IMAGE))) {
            String field = body.substring(body.indexOf(':') + 1);
            MockMultipartHttpServletRequestBuilder upload = multipart(path);
            upload.file(
                    body.startsWith(IMAGE)
                            ? new MockMultipartFile(field, "matrice.png", "image/png", WebsiteSamples.png())
                            : body.startsWith(CSV)
                                    ? new MockMultipartFile(
                                            field,
                                            "clients.csv",
                                            "text/csv",
                                            ("nom;code postal\nMatrice " + unique("import") + ";69001\n")
                                                    .getBytes(StandardCharsets.UTF_8))
                                    : new MockMultipartFile(
                                            field,
                                            "piece.txt",
                                            "text/plain",
                                            "contenu".getBytes(StandardCharsets.UTF_8)));
            request = upload;
        } else {
            request = request(HttpMethod.valueOf(method), path);
            if (api && body != null) {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(world.fill(body.replace(
                                "{customeruser}",
                                String.valueOf(accounts.get(Who.CUSTOMER).getId()))));
            } else if (body != null) {
                String form = body.equals("@hours") ? hoursForm() : world.fill(body);
                for (String pair : form.split("&")) {
                    if (!pair.isEmpty()) {
                        int eq = pair.indexOf('=');
                        request.param(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            }
        }
        if (who != Who.ANONYMOUS) {
            request = api
                    ? request.header("Authorization", "Bearer " + secrets.get(who))
                    : request.with(user(new AccountPrincipal(accounts.get(who))));
        }
        if (!api && !method.equals("GET")) {
            request = request.with(csrf());
        }
        return mvc.perform(request).andReturn();
    }

    private String hoursForm() {
        BusinessHours.Current current = hours.current();
        StringBuilder form = new StringBuilder("opens=" + current.calendar().opens() + "&closes="
                + current.calendar().closes() + "&zone="
                + current.calendar().zone().getId() + "&version="
                + current.version());
        current.calendar().days().forEach(day -> form.append("&days=").append(day));
        return form.toString();
    }

    static Outcome outcome(String method, MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        if (status >= 500) {
            return Outcome.SERVER_ERROR;
        }
        if (status == 401) {
            return Outcome.UNAUTHORIZED;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        if (status >= 400) {
            return Outcome.RULE;
        }
        if (status >= 300) {
            String location = response.getRedirectedUrl();
            if (location != null && (location.endsWith("/login") || location.contains("/login?"))) {
                return Outcome.LOGIN;
            }
            if (result.getFlashMap().keySet().stream()
                    .anyMatch(key -> key.toLowerCase().contains("error"))) {
                return Outcome.RULE;
            }
            // The account's pages belong to no zone: they send the user back to their own.
            String path = result.getRequest().getRequestURI();
            boolean sameZone = location != null
                    && (path.startsWith("/account/")
                            || Zone.ofPath(URI.create(location).getPath()) == Zone.ofPath(path));
            return method.equals("GET") || !sameZone ? Outcome.REDIRECT : Outcome.OK;
        }
        if (result.getModelAndView() != null
                && pageShowsAnError(result.getModelAndView().getModel())) {
            return Outcome.RULE;
        }
        return Outcome.OK;
    }

    /** The status, and where it redirects or what error it shows: for the failure's message. */
    private static String explain(MvcResult result) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        StringBuilder why = new StringBuilder("status " + response.getStatus());
        if (response.getRedirectedUrl() != null) {
            why.append(" to ").append(response.getRedirectedUrl());
        }
        if (result.getModelAndView() != null) {
            result.getModelAndView().getModel().forEach((key, value) -> {
                if (value instanceof BindingResult binding && binding.hasErrors()) {
                    why.append(" ").append(binding.getAllErrors());
                } else if (key.toLowerCase().startsWith("error") && value != null) {
                    why.append(" ").append(key).append('=').append(value);
                }
            });
        }
        if (response.getStatus() >= 400
                && response.getContentType() != null
                && response.getContentType().contains("json")) {
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            why.append(" ").append(body, 0, Math.min(300, body.length()));
        }
        return why.toString();
    }

    private static boolean pageShowsAnError(Map<String, Object> model) {
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            if (entry.getValue() instanceof BindingResult binding && binding.hasErrors()) {
                return true;
            }
            if (entry.getKey().toLowerCase().startsWith("error") && entry.getValue() != null) {
                return true;
            }
        }
        return false;
    }

    /** Every route of the application: "METHOD pattern", from Spring MVC's own registry. */
    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mvcRoutes.getHandlerMethods().entrySet()) {
            if (TEST_ONLY.contains(mapping.getValue().getBeanType())) {
                continue;
            }
            RequestMappingInfo info = mapping.getKey();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    routes.add(method + " " + pattern);
                }
            }
        }
        return routes;
    }

    private static boolean isPublic(String route) {
        String method = route.substring(0, route.indexOf(' '));
        String pattern = route.substring(route.indexOf(' ') + 1);
        return PublicRoutes.isPublic(method.equals("ANY") ? null : HttpMethod.valueOf(method), pattern);
    }

    private UserAccount member(long teamId, Role... roles) {
        return memberOf(teamId, roles);
    }

    /** One line of the matrix: a route (method and pattern), a sample request, and who gets what. */
    record Row(
            String method,
            String pattern,
            String sample,
            String body,
            boolean api,
            boolean operations,
            Map<Who, Outcome> expected) {

        String route() {
            return method + " " + pattern;
        }
    }

    /** A known gap: who does what, and the outcome that would be correct (any of them). */
    record Gap(String what, Who who, String method, String sample, String body, Set<Outcome> correct) {}

    /** The rows of {@link #TABLE}. */
    static List<Row> parse(String table) {
        List<Row> rows = new ArrayList<>();
        String[] lines = table.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) {
                continue;
            }
            String[] words = lines[i].trim().split("\\s+", 3);
            String method = words[0];
            String pattern = words[1];
            String sample = pattern;
            String body = null;
            if (i + 1 < lines.length && lines[i + 1].startsWith(" ")) {
                String[] below = lines[++i].trim().split("\\s+", 2);
                sample = below[0];
                body = below.length > 1 ? below[1] : null;
            }
            boolean operations = pattern.startsWith("/actuator/");
            boolean api = operations || pattern.equals("/api/v1") || pattern.startsWith("/api/");
            rows.add(new Row(
                    method,
                    pattern,
                    sample,
                    body,
                    api,
                    operations,
                    outcomes(api ? API_COLUMNS : PAGE_COLUMNS, words[2])));
        }
        return rows;
    }

    private static Gap gap(String what, Who who, String method, String sample, String body, Set<Outcome> correct) {
        return new Gap(what, who, method, sample, body, correct);
    }

    private static Map<Who, Outcome> outcomes(List<Who> columns, String text) {
        String[] words = text.trim().split("\\s+");
        if (words.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " outcomes: " + text);
        }
        Map<Who, Outcome> expected = new EnumMap<>(Who.class);
        for (int i = 0; i < words.length; i++) {
            expected.put(
                    columns.get(i),
                    switch (words[i]) {
                        case "401" -> Outcome.UNAUTHORIZED;
                        case "403" -> Outcome.FORBIDDEN;
                        case "404" -> Outcome.NOT_FOUND;
                        case "REDIR" -> Outcome.REDIRECT;
                        default -> Outcome.valueOf(words[i]);
                    });
        }
        return expected;
    }
}
