package fr.guichet.catalogue.web;

import fr.guichet.catalogue.CatalogueRuleViolation;
import fr.guichet.catalogue.UnknownCatalogueItem;
import fr.guichet.shared.ApiProblems;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The catalogue API's errors as problem details (RFC 9457), with the field each one is about. */
@RestControllerAdvice(assignableTypes = CatalogueApiController.class)
class CatalogueApiErrors {

    private final MessageSource messages;

    CatalogueApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownCatalogueItem.class)
    ProblemDetail notFound(UnknownCatalogueItem e) {
        return ApiProblems.notFound("catalogue item");
    }

    @ExceptionHandler(CatalogueRuleViolation.class)
    ProblemDetail rule(CatalogueRuleViolation e) {
        return ApiProblems.rule(
                messages.getMessage(e.messageKey(), null, e.messageKey(), Locale.ENGLISH), e.field(), e.messageKey());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return ApiProblems.conflict("item");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        return ApiProblems.invalid(e);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ApiProblems.unreadable(e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ApiProblems.typeMismatch(e);
    }
}
