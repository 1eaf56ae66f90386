package fr.guichet.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript over real HTTP: keeps cookies, does not follow redirects, reads the CSRF token of the
 * last page. Used where MockMvc would not run the container's error pages or the shared session filter.
 */
public class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrf;

    public HttpSession(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A download (a PDF, say), as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header(header, value)
                .GET()
                .build());
    }

    /**
     * Posts a form with the CSRF token of the last page read (if it had one) and, as a browser does, the
     * {@code Origin} of the site.
     */
    public HttpResponse<String> post(String path, String... nameValuePairs) {
        return postWithOrigin(base, path, nameValuePairs);
    }

    /** Posts a form as if from a page of {@code origin} (another site's, say), with the last page's CSRF token. */
    public HttpResponse<String> postWithOrigin(String origin, String path, String... nameValuePairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            append(body, nameValuePairs[i], nameValuePairs[i + 1]);
        }
        if (csrf != null) {
            append(body, "_csrf", csrf);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /**
     * Posts a form with one file (multipart/form-data, as a browser sends it, the CSRF token of the last page read as
     * a field); {@code headers} are extra name-value pairs.
     */
    public HttpResponse<String> postMultipart(
            String path, String fileField, String filename, byte[] content, String... headers) {
        String boundary = "----guichet-test-" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        if (csrf != null) {
            head.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf)
                    .append("\r\n");
        }
        head.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"")
                .append(filename)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        concat(head.toString().getBytes(StandardCharsets.UTF_8), content, tail)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Sends a JSON body with a method and extra headers (name-value pairs), the API's way. */
    public HttpResponse<String> json(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Posts a multipart form with one file (field {@code files}) and the CSRF token of the last page read. */
    public HttpResponse<String> postFile(String path, String filename, byte[] content, String... nameValuePairs) {
        String boundary = "----guichet-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            fields.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(nameValuePairs[i])
                    .append("\"\r\n\r\n")
                    .append(nameValuePairs[i + 1])
                    .append("\r\n");
        }
        if (csrf != null) {
            fields.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf)
                    .append("\r\n");
        }
        fields.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"files\"; filename=\"")
                .append(filename)
                .append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(fields.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** Signs in through the login page; answers the login's redirect. */
    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return post("/login", "username", username, "password", password);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Carries a cookie over to another session, as a load balancer carries the browser to another instance. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static void append(StringBuilder body, String name, String value) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
