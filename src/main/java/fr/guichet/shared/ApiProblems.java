package fr.guichet.shared;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;

/** The REST API's problem details (RFC 9457), the same shape in every module's API. */
public final class ApiProblems {

    private ApiProblems() {}

    /** A problem whose type is {@code https://guichet.dev/problems/<type>}. */
    public static ProblemDetail problem(HttpStatus status, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://guichet.dev/problems/" + type));
        return problem;
    }

    /** A broken business rule on one field, with the message key that names it. */
    public static ProblemDetail rule(String detail, String field, String messageKey) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, detail, "rule");
        problem.setProperty("rule", messageKey);
        problem.setProperty("errors", Map.of(field, messageKey));
        return problem;
    }

    /** A body that does not validate: every field with its message. */
    public static ProblemDetail invalid(MethodArgumentNotValidException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Some fields are invalid.", "invalid");
        Map<String, String> fields = e.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(f -> f.getField(), f -> String.valueOf(f.getDefaultMessage()), (a, b) -> a));
        problem.setProperty("errors", fields);
        return problem;
    }

    public static ProblemDetail conflict(String what) {
        return problem(
                HttpStatus.CONFLICT, "The " + what + " changed since the version you sent; read it again.", "conflict");
    }

    public static ProblemDetail notFound(String what) {
        return problem(HttpStatus.NOT_FOUND, "No such " + what + ".", "not-found");
    }
}
