import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 15's figures over HTTP, printed as Markdown table rows (bench/run-money-bench.sh prepares the data):
 *
 * <pre>java bench/InvoiceBench.java validate BASE BILLING_TOKEN CREATE_TOKEN FIRST_DRAFT LAST_DRAFT VERSION SECONDS
 * java bench/InvoiceBench.java read BASE TOKEN USER PASSWORD LABEL PATH [LABEL PATH]...</pre>
 *
 * <p>{@code validate}: after {@code -Dwarmup=30} seconds untimed (request creations, then validations), for each of
 * {@code -Dclients=1,8,32}: the API root (token check, no database), request creations and invoice validations, each
 * for SECONDS with that many clients on keep-alive connections, one after the other, so that every validation figure
 * has its baseline and its request creations of the same minute beside it. Each validation validates a draft of its
 * own ({@code POST /api/v1/invoices/{id}/validate}), drafts FIRST_DRAFT..LAST_DRAFT taken in turn. Prints the count of
 * successful validations last ({@code validated=N}) for the script's check of the series.
 *
 * <p>{@code read}: signs in as USER (form login), then for each page {@code -Dreads=200} untimed then as many timed
 * readings one after the other, and the API root read the same way right after it.
 */
public class InvoiceBench {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();

    public static void main(String[] args) throws Exception {
        if ("validate".equals(args[0])) {
            validate(args);
        } else {
            read(args);
        }
        System.exit(0);
    }

    static void validate(String[] args) throws Exception {
        String base = args[1];
        String billing = args[2];
        String creator = args[3];
        AtomicLong nextDraft = new AtomicLong(Long.parseLong(args[4]));
        long lastDraft = Long.parseLong(args[5]);
        String version = args[6];
        int seconds = Integer.parseInt(args[7]);
        int warmup = Integer.getInteger("warmup", 30);
        AtomicInteger validated = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();

        Work root = (c) -> c.send("GET", "/api/v1", creator, null) == 200;
        Work create = (c) -> {
            int n = sequence.incrementAndGet();
            return c.post("/api/v1/requests", creator, "{\"subject\":\"Bench " + n + "\",\"description\":\"Demande de mesure "
                    + n + "\",\"category\":\"OTHER\",\"channel\":\"PHONE\",\"requesterName\":\"Client " + n + "\"}") == 201;
        };
        Work validate = (c) -> {
            long id = nextDraft.getAndIncrement();
            if (id > lastDraft) {
                throw new IllegalStateException("No draft left: load more (BENCH_DRAFTS)");
            }
            boolean ok = c.post("/api/v1/invoices/" + id + "/validate", billing, "{\"version\":" + version + "}") == 200;
            if (ok) {
                validated.incrementAndGet();
            }
            return ok;
        };

        load(base, create, 8, warmup);
        load(base, validate, 8, Math.max(5, warmup / 2));
        for (String count : System.getProperty("clients", "1,8,32").split(",")) {
            int clients = Integer.parseInt(count.strip());
            Result r = load(base, root, clients, seconds);
            Result c = load(base, create, clients, seconds);
            Result v = load(base, validate, clients, seconds);
            System.out.printf("| Baseline: API root, %d client(s), %d s | %.0f calls/s | %s | %d errors of %d |%n",
                    clients, seconds, r.throughput(), r.latency(), r.errors, r.count());
            System.out.printf("| Request creation, %d client(s), %d s | %.0f requests/s | %s | %d errors of %d |%n",
                    clients, seconds, c.throughput(), c.latency(), c.errors, c.count());
            System.out.printf("| **Invoice validation**, %d client(s), %d s | %.0f validations/s (%.2f × creations) | %s | %d errors of %d |%n",
                    clients, seconds, v.throughput(), v.throughput() / c.throughput(), v.latency(), v.errors, v.count());
        }
        System.out.println("validated=" + validated.get());
        System.out.println("drafts-used=" + (nextDraft.get() - Long.parseLong(args[4])));
    }

    static void read(String[] args) throws Exception {
        String base = args[1];
        String token = args[2];
        int reads = Integer.getInteger("reads", 200);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login(browser, base, args[3], args[4]);
        for (int i = 5; i + 1 < args.length; i += 2) {
            String url = base + args[i + 1];
            Result page = repeat(reads, () -> browser.send(
                            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode());
            Result root = repeat(reads, () -> HTTP.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1"))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode());
            System.out.printf("| %s | %d reads | p50 %.1f ms · p95 %.1f ms · p99 %.1f ms | %d errors | API root: p50 %.1f ms · p95 %.1f ms |%n",
                    args[i], page.count(), page.p(50), page.p(95), page.p(99), page.errors, root.p(50), root.p(95));
        }
    }

    interface Work {
        boolean once(RawConnection connection) throws Exception;
    }

    interface Call {
        int status() throws Exception;
    }

    static final class Result {
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        int errors;
        long elapsedNanos;

        int count() {
            return nanos.size() + errors;
        }

        double throughput() {
            return nanos.size() / (elapsedNanos / 1e9);
        }

        String latency() {
            return String.format("p50 %.1f ms · p95 %.1f ms · p99 %.1f ms", p(50), p(95), p(99));
        }

        double p(int percentile) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    /** {@code clients} workers, each on its own keep-alive HTTP/1.1 connection, doing the work in a loop. */
    static Result load(String base, Work work, int clients, int seconds) throws Exception {
        Result result = new Result();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger errors = new AtomicInteger();
        URI uri = URI.create(base);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                RawConnection connection = null;
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    try {
                        if (connection == null) {
                            connection = new RawConnection(uri.getHost(), uri.getPort());
                        }
                        if (work.once(connection)) {
                            result.nanos.add(System.nanoTime() - t0);
                        } else {
                            errors.incrementAndGet();
                        }
                        if (connection.closing) {
                            connection.close();
                            connection = null;
                        }
                    } catch (IllegalStateException noDraftLeft) {
                        throw noDraftLeft;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (connection != null) {
                            connection.close();
                            connection = null;
                        }
                    }
                }
                if (connection != null) {
                    connection.close();
                }
                return null;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<?> w : workers) {
            w.get();
        }
        result.elapsedNanos = System.nanoTime() - start;
        result.errors = errors.get();
        pool.shutdown();
        return result;
    }

    /** One keep-alive HTTP/1.1 connection: writes a POST, reads the status and the body (Content-Length or chunked). */
    static final class RawConnection {
        private final Socket socket;
        private final String host;
        private final BufferedInputStream in;
        private final OutputStream out;
        /** The server said it closes the connection after this response (Tomcat does every 100 requests). */
        boolean closing;

        RawConnection(String host, int port) throws Exception {
            this.socket = new Socket(host, port);
            this.socket.setTcpNoDelay(true);
            this.socket.setSoTimeout(10_000);
            this.host = host + ":" + port;
            this.in = new BufferedInputStream(socket.getInputStream(), 16384);
            this.out = new BufferedOutputStream(socket.getOutputStream(), 16384);
        }

        int post(String path, String token, String json) throws Exception {
            return send("POST", path, token, json);
        }

        /** Sends a request ({@code json} null: no body) and reads the whole answer; returns its status. */
        int send(String method, String path, String token, String json) throws Exception {
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                    + (json == null ? "" : "\r\nContent-Type: application/json\r\nContent-Length: " + body.length)
                    + "\r\nAccept: application/json\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return status;
        }

        private void skip(int n) throws Exception {
            long left = n;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new java.io.EOFException();
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws Exception {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new java.io.EOFException();
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (Exception ignored) {
                // closing anyway
            }
        }
    }

    /** Reads not measured first, as many as measured after: the JIT compiles the path the way it will serve it. */
    static Result repeat(int times, Call call) {
        for (int k = 0; k < times; k++) {
            try {
                call.status();
            } catch (Exception e) {
                // counted when measured
            }
        }
        Result result = new Result();
        for (int k = 0; k < times; k++) {
            long t0 = System.nanoTime();
            try {
                int status = call.status();
                if (status == 200) {
                    result.nanos.add(System.nanoTime() - t0);
                } else {
                    result.errors++;
                }
            } catch (Exception e) {
                result.errors++;
            }
        }
        return result;
    }


    static void login(HttpClient browser, String base, String username, String password) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        int status = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 302) {
            throw new IllegalStateException("Login failed: " + status);
        }
    }
}
