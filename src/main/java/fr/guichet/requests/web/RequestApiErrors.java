package fr.guichet.requests.web;

import fr.guichet.requests.RequestActRefused;
import fr.guichet.requests.RequestRuleViolation;
import fr.guichet.requests.UnknownRequest;
import fr.guichet.shared.ApiProblems;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The requests API's errors as problem details, with the field errors and the rule that was broken. */
@RestControllerAdvice(assignableTypes = RequestApiController.class)
class RequestApiErrors {

    private final MessageSource messages;

    RequestApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownRequest.class)
    ProblemDetail notFound(UnknownRequest e) {
        return ApiProblems.notFound("request");
    }

    /** A rule of the request (its state, the text, the assignee, the organisation): 422. */
    @ExceptionHandler(RequestRuleViolation.class)
    ProblemDetail rule(RequestRuleViolation e) {
        return broken(HttpStatus.UNPROCESSABLE_CONTENT, e);
    }

    /** The caller may see the request but the act is not theirs to do (their team does not hold it...): 403. */
    @ExceptionHandler(RequestActRefused.class)
    ProblemDetail refused(RequestActRefused e) {
        return broken(HttpStatus.FORBIDDEN, e);
    }

    private ProblemDetail broken(HttpStatus status, RequestRuleViolation e) {
        ProblemDetail problem = ApiProblems.problem(
                status, messages.getMessage(e.messageKey(), null, e.messageKey(), Locale.ENGLISH), "rule");
        problem.setProperty("rule", e.messageKey());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return ApiProblems.conflict("request");
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
