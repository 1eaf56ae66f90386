package fr.guichet.zones.internal;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.shared.ApiProblems;
import fr.guichet.shared.NotFound;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.RestApi;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The REST API's errors as problem details, the same for every module: nothing visible is 404, a broken rule 422 (403
 * when the act is not the caller's to do) with the rule's key and the field, a stale version 409, a body or parameter
 * that does not validate or cannot be read 400 naming the fields. The detail is in English; the key is for clients
 * that show their own text.
 */
@RestControllerAdvice(annotations = RestApi.class)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return withCaller(ApiProblems.notFound(e.what()));
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation e) {
        ProblemDetail problem = ApiProblems.problem(
                e.refusesTheCaller() ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.messageArguments(), e.messageKey(), Locale.ENGLISH),
                "rule");
        problem.setProperty("rule", e.messageKey());
        if (e.field() != null) {
            problem.setProperty("errors", Map.of(e.field(), e.messageKey()));
        }
        return e.refusesTheCaller() ? withCaller(problem) : problem;
    }

    /**
     * A refusal or a "not found" says who asked: the account behind the token, its kind, roles and team, so that an
     * integration that sees nothing can tell why (the same for an object that exists and one that does not).
     */
    private static ProblemDetail withCaller(ProblemDetail problem) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal user) {
            Map<String, Object> caller = new LinkedHashMap<>();
            caller.put("username", user.getUsername());
            caller.put("kind", user.getKind().name());
            caller.put(
                    "roles",
                    Arrays.stream(Role.values())
                            .filter(user::hasRole)
                            .map(Role::name)
                            .toList());
            caller.put("teamId", user.getTeamId());
            problem.setProperty("caller", caller);
        }
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return ApiProblems.conflict();
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
