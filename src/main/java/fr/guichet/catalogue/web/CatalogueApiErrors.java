package fr.guichet.catalogue.web;

import fr.guichet.catalogue.CatalogueRuleViolation;
import fr.guichet.catalogue.UnknownCatalogueItem;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The catalogue API's errors as problem details (RFC 9457), with the field each one is about. */
@RestControllerAdvice(assignableTypes = CatalogueApiController.class)
class CatalogueApiErrors {

    private final MessageSource messages;

    CatalogueApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownCatalogueItem.class)
    ProblemDetail notFound(UnknownCatalogueItem e) {
        return problem(HttpStatus.NOT_FOUND, "No such catalogue item.", "not-found");
    }

    @ExceptionHandler(CatalogueRuleViolation.class)
    ProblemDetail rule(CatalogueRuleViolation e) {
        ProblemDetail problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), null, e.messageKey(), Locale.ENGLISH),
                "rule");
        problem.setProperty("rule", e.messageKey());
        problem.setProperty("errors", Map.of(e.field(), e.messageKey()));
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "The item changed since the version you sent; read it again.", "conflict");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Some fields are invalid.", "invalid");
        Map<String, String> fields = e.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(f -> f.getField(), f -> String.valueOf(f.getDefaultMessage()), (a, b) -> a));
        problem.setProperty("errors", fields);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://guichet.dev/problems/" + type));
        return problem;
    }
}
