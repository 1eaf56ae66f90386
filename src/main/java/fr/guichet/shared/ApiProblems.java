package fr.guichet.shared;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** The REST API's problem details (RFC 9457), the same shape in every module's API. */
public final class ApiProblems {

    private ApiProblems() {}

    /** A problem whose type is {@code https://guichet.dev/problems/<type>}. */
    public static ProblemDetail problem(HttpStatus status, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://guichet.dev/problems/" + type));
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

    /**
     * A body that cannot be read. When a value has the wrong type (an unknown or numbered enum value, text for a
     * number, a malformed date) the field is named in {@code errors}, as for a field that does not validate.
     */
    public static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        JacksonException json = jsonCause(e);
        if (json == null || json.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not valid JSON for this resource.", "unreadable");
        }
        String field = json.getPath().stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        Class<?> expected = json instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return fieldProblem(field, expected);
    }

    /** A path variable or query parameter of the wrong type (text where an id is expected…), named in {@code errors}. */
    public static ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return fieldProblem(e.getName(), e.getRequiredType());
    }

    private static ProblemDetail fieldProblem(String field, Class<?> expected) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Some fields are invalid.", "invalid");
        problem.setProperty("errors", Map.of(field, expectation(expected)));
        return problem;
    }

    private static String expectation(Class<?> expected) {
        if (expected == null) {
            return "This value is not valid here.";
        }
        if (expected.isEnum()) {
            return "Expected one of: "
                    + Arrays.stream(expected.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "))
                    + ".";
        }
        if (Number.class.isAssignableFrom(expected)
                || (expected.isPrimitive() && expected != boolean.class && expected != char.class)) {
            return "Expected a number.";
        }
        if (expected == Boolean.class || expected == boolean.class) {
            return "Expected true or false.";
        }
        if (expected == LocalDate.class) {
            return "Expected a date (YYYY-MM-DD).";
        }
        if (Temporal.class.isAssignableFrom(expected)) {
            return "Expected a date and time (ISO 8601).";
        }
        return "Expected a value of type " + expected.getSimpleName() + ".";
    }

    private static JacksonException jsonCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    /** The version sent is no longer the current one: someone changed it meanwhile. */
    public static ProblemDetail conflict() {
        return problem(HttpStatus.CONFLICT, "It changed since the version you sent; read it again.", "conflict");
    }

    public static ProblemDetail notFound(String what) {
        return problem(HttpStatus.NOT_FOUND, "No such " + what + ".", "not-found");
    }
}
