package fr.guichet.customers.web;

import fr.guichet.customers.CustomerRuleViolation;
import fr.guichet.customers.UnknownCustomer;
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

/** The customers API's errors as problem details, with the field each one is about. */
@RestControllerAdvice(assignableTypes = {CustomerApiController.class, ContactApiController.class})
class CustomerApiErrors {

    private final MessageSource messages;

    CustomerApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownCustomer.class)
    ProblemDetail notFound(UnknownCustomer e) {
        return ApiProblems.notFound("customer");
    }

    @ExceptionHandler(CustomerRuleViolation.class)
    ProblemDetail rule(CustomerRuleViolation e) {
        return ApiProblems.rule(
                messages.getMessage(e.messageKey(), null, e.messageKey(), Locale.ENGLISH), e.field(), e.messageKey());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return ApiProblems.conflict("customer");
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
