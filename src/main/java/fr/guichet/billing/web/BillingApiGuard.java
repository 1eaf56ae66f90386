package fr.guichet.billing.web;

import fr.guichet.billing.BillingRefused;
import fr.guichet.identity.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Money's API is billing's: a caller without BILLING (or ADMIN) is refused before its body is read, so it is told 403
 * whatever it sent, never first that a field is wrong. Payments, statements and accounting entirely; invoices for
 * every change (other staff read issued invoices). The controllers check the same rule again, as the pages do.
 */
@Configuration(proxyBeanMethods = false)
class BillingApiGuard implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Guard())
                .addPathPatterns(
                        "/api/v1/payments",
                        "/api/v1/payments/**",
                        "/api/v1/statements",
                        "/api/v1/statements/**",
                        "/api/v1/accounting/**",
                        "/api/v1/invoices",
                        "/api/v1/invoices/**");
    }

    private static final class Guard implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
            if (read && request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/invoices")) {
                return true; // the invoices' reads follow the pages' rules, in their controller
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal caller) {
                BillingRefused.requireKeepsInvoices(caller);
            }
            return true;
        }
    }
}
