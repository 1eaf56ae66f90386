package fr.guichet.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the REST API ({@code /api/v1}): its errors are answered as problem details (RFC 9457) by one
 * advice for every module, from the shared exception types ({@code NotFound}, {@code RuleViolation}) and Spring's
 * own. Downloads served to pages (a PDF, an export) are not marked: their errors get the zone's error page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RestApi {}
