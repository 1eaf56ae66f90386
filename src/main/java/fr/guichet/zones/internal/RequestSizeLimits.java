package fr.guichet.zones.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.util.unit.DataSize;

/**
 * A form or an upload over the container's limits ({@code spring.servlet.multipart.*},
 * {@code server.tomcat.max-http-form-post-size}) is answered 413 with the limit, in the zone's error page or as problem
 * details for the API (ZoneErrorController), before anything else reads the request's parameters. Without this, the
 * first reader (the CSRF check) failed, and so did the error page, which reads them too: a bare 500 with an empty
 * body. The error dispatch that follows sees a request without parameters.
 */
public class RequestSizeLimits implements Filter {

    /** The request attribute holding the {@link Refusal} of a request over a limit. */
    public static final String REFUSAL = RequestSizeLimits.class.getName() + ".refusal";

    /** Which limit a request went over, and its size in megabytes (rounded up). */
    public record Refusal(int status, String kind, long megabytes) {

        /** The message key that tells it: {@code error.413.file}, {@code error.413.request} or {@code error.413.form}. */
        public String messageKey() {
            return "error.413." + kind;
        }

        /** In English, for the API's problem details. */
        public String detail() {
            return switch (kind) {
                case "file" -> "A file sent is over the limit of " + megabytes + " MB per file.";
                case "request" -> "The request is over the limit of " + megabytes + " MB in all.";
                case "form" -> "The form sent is over the limit of " + megabytes + " MB.";
                default -> "The request could not be read.";
            };
        }
    }

    private final DataSize maxFile;
    private final DataSize maxRequest;
    private final DataSize maxForm;

    RequestSizeLimits(DataSize maxFile, DataSize maxRequest, DataSize maxForm) {
        this.maxFile = maxFile;
        this.maxRequest = maxRequest;
        this.maxForm = maxForm;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (request.getAttribute(REFUSAL) != null) {
            chain.doFilter(new WithoutParameters(request), res);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            Refusal refusal = refusal(request);
            if (refusal != null) {
                request.setAttribute(REFUSAL, refusal);
                ((HttpServletResponse) res).sendError(refusal.status());
                return;
            }
        }
        chain.doFilter(req, res);
    }

    /**
     * Reads the parameters (and parts) of a form now, so that a limit is met here; refuses any other body longer than
     * the request limit; null when within every limit.
     */
    private Refusal refusal(HttpServletRequest request) {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean multipart = type.startsWith("multipart/form-data");
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        if (!form && request.getContentLengthLong() > maxRequest.toBytes()) {
            // Any other body (JSON too) over the request limit is refused before it is read.
            return new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request", megabytes(maxRequest));
        }
        if (!multipart && !form) {
            if (request.getQueryString() == null) {
                return null;
            }
            try {
                request.getParameterMap(); // a query string with a broken escape ("%%%") is a bad request, not a 500
                return null;
            } catch (IllegalStateException malformed) {
                return new Refusal(HttpServletResponse.SC_BAD_REQUEST, "unreadable", 0);
            }
        }
        try {
            if (multipart) {
                request.getParts();
            } else {
                request.getParameterMap();
            }
            return null;
        } catch (IOException | ServletException malformed) {
            return new Refusal(HttpServletResponse.SC_BAD_REQUEST, "unreadable", 0);
        } catch (IllegalStateException e) {
            int status = e instanceof InvalidParameterException invalid && invalid.getErrorCode() > 0
                    ? invalid.getErrorCode()
                    : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            if (status != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE && !sizeProblem(e)) {
                return new Refusal(HttpServletResponse.SC_BAD_REQUEST, "unreadable", 0);
            }
            if (!multipart) {
                return new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "form", megabytes(maxForm));
            }
            return hasCause(e, FileSizeLimitExceededException.class)
                    ? new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "file", megabytes(maxFile))
                    : new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request", megabytes(maxRequest));
        }
    }

    private static boolean sizeProblem(Throwable e) {
        return hasCause(e, SizeException.class);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static long megabytes(DataSize size) {
        return (size.toBytes() + DataSize.ofMegabytes(1).toBytes() - 1)
                / DataSize.ofMegabytes(1).toBytes();
    }

    /** The refused request as the error page sees it: no parameters, no parts (reading them would fail again). */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
