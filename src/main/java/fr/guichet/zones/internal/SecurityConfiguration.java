package fr.guichet.zones.internal;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.LoginDetails;
import fr.guichet.identity.Role;
import fr.guichet.zones.PublicRoutes;
import fr.guichet.zones.Zone;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The security rules of the zones. Three chains: the API (bearer tokens, stateless, problem details), the
 * operations endpoints (health open, the rest to administrators), and the web pages (form login, sessions in the
 * database, CSRF on every form and htmx request). Deny by default (ADR 0013): what is public is listed in
 * {@link PublicRoutes}, each zone names its roles, and any other route a controller answers is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private static final String[] STAFF_DESK = roles(Zone.DESK);
    private static final String[] STAFF_BACK = roles(Zone.BACK);

    /**
     * No Micrometer observation around each security filter, authentication and authorization: the property
     * {@code management.observations.enable.spring.security=false} only turns the observations into no-ops, the
     * decorator still wraps every filter of every request (about 5 % of a small API call, docs/benchmarks.md). HTTP
     * metrics and traces of the request itself stay.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, BearerTokenFilter bearerTokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(matchers(PublicRoutes.API_DOCS))
                        .permitAll()
                        .requestMatchers("/api/v1", "/api/v1/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(this::securityHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operationsChain(HttpSecurity http, BearerTokenFilter bearerTokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(matchers(PublicRoutes.OPERATIONS))
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class)
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(this::securityHeaders);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(
            HttpSecurity http,
            AuthenticationProvider passwordAuthenticationProvider,
            AuthenticationEventPublisher authenticationEvents,
            ZoneLoginSuccessHandler loginSuccess,
            LoginFailureHandler loginFailure,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlerMapping)
            throws Exception {
        LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(PublicRoutes.STATIC_FILES.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers(matchers(PublicRoutes.PAGES))
                        .permitAll()
                        .requestMatchers("/portal", "/portal/**")
                        .hasRole(Role.CUSTOMER.name())
                        .requestMatchers("/desk", "/desk/**")
                        .hasAnyRole(STAFF_DESK)
                        // the company's identity and the public site: the webmaster's, and the administrator's
                        .requestMatchers(
                                "/back/admin/company", "/back/admin/company/**", "/back/website", "/back/website/**")
                        .hasAnyRole(Role.WEBMASTER.name(), Role.ADMIN.name())
                        // quotes, invoices, credit notes and what is to invoice: sales administration and billing's
                        .requestMatchers("/back/billing", "/back/billing/**")
                        .hasAnyRole(Role.BILLING.name(), Role.ADMIN.name())
                        .requestMatchers("/back/admin", "/back/admin/**")
                        .hasRole(Role.ADMIN.name())
                        // master data (customers, contacts, contracts, catalogue) are changed by those who keep them,
                        // by the same rule as on the API (AccountPrincipal.keepsMasterData): not by a front-office team
                        // lead
                        // how a contract is invoiced is billing's
                        .requestMatchers(HttpMethod.POST, "/back/contracts/*/billing")
                        .hasAnyRole(Role.BILLING.name(), Role.ADMIN.name())
                        .requestMatchers(
                                HttpMethod.POST, "/back/customers/**", "/back/contracts/**", "/back/catalogue/**")
                        .access((authentication, request) -> new AuthorizationDecision(
                                authentication.get().getPrincipal() instanceof AccountPrincipal user
                                        && user.keepsMasterData()))
                        .requestMatchers("/back", "/back/**")
                        .hasAnyRole(STAFF_BACK)
                        .requestMatchers("/account", "/account/**")
                        .authenticated()
                        .requestMatchers(new NoControllerRoute(handlerMapping))
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                // The counter's kiosk: a tablet left open for days, anonymous, whose only act (taking a ticket, limited
                // per minute) needs no session; a CSRF token expired overnight would refuse the morning's first
                // visitor.
                // "Was this helpful?" sits on a help article, a page kept in the public pages' cache and the same
                // for every reader, so it carries no token: the vote is accepted without one only when the browser
                // says it comes from this site's own page (Sec-Fetch-Site or Origin); from anywhere else the token is
                // still required (ADR 0031).
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/counter/kiosk/{secret}/tickets"),
                        new AndRequestMatcher(
                                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/help/articles/{slug}/vote"),
                                new SameOriginRequest())))
                .authenticationManager(loginManager(passwordAuthenticationProvider, authenticationEvents))
                .formLogin(form -> form.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .authenticationDetailsSource(LoginDetails::new)
                        .successHandler(loginSuccess)
                        .failureHandler(loginFailure)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("GUICHET_SESSION"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                new HtmxLoginRedirect("/login"), new RequestHeaderRequestMatcher("HX-Request", "true"))
                        .defaultAuthenticationEntryPointFor(loginPage, request -> true))
                .headers(this::securityHeaders);
        return http.build();
    }

    /**
     * The login's own manager, without the global one as parent: a failed attempt is checked, and counted by the
     * throttle, once.
     */
    private static ProviderManager loginManager(AuthenticationProvider provider, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** The public routes as request matchers: a route without a method is public for every method. */
    private static RequestMatcher[] matchers(List<PublicRoutes.Route> routes) {
        return routes.stream()
                .map(route -> route.method() == null
                        ? PathPatternRequestMatcher.pathPattern(route.pattern())
                        : PathPatternRequestMatcher.pathPattern(route.method(), route.pattern()))
                .toArray(RequestMatcher[]::new);
    }

    private void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    private static String[] roles(Zone zone) {
        return zone.roles().stream().map(Role::name).toArray(String[]::new);
    }
}
