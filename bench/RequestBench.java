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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running Guichet over HTTP and prints the figures as Markdown table rows. Started by
 * bench/run-benchmarks.sh, which prepares the database and the tokens:
 *
 * <pre>java bench/RequestBench.java BASE_URL CREATE_TOKEN QUEUE_TOKEN DEEP_CURSOR SECONDS</pre>
 *
 * <p>{@code -Dwarmup=60} seconds of untimed load first; {@code -Dclients=1,16,64} the creation runs;
 * {@code -DcreateOnly=true} stops after them and the baseline (to try a change to the creation path quickly).
 */
public class RequestBench {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(96))
            .build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String createToken = args[1];
        String queueToken = args[2];
        String deepCursor = args[3];
        int seconds = Integer.parseInt(args[4]);

        // Warm-up, not measured: the JIT needs about a minute of this load before the figures settle.
        load(base, createToken, 16, Integer.parseInt(System.getProperty("warmup", "60")));

        for (String count : System.getProperty("clients", "1,16,64").split(",")) {
            int clients = Integer.parseInt(count.strip());
            Result r = load(base, createToken, clients, seconds);
            System.out.printf("| API create, %d client(s), %d s | %.0f requests/s | p50 %.1f ms · p95 %.1f ms · p99 %.1f ms | %d errors of %d |%n",
                    clients, seconds, r.throughput(), r.p(50), r.p(95), r.p(99), r.errors, r.count());
        }

        Result ceiling = load(base, createToken, 16, seconds, true);
        System.out.printf("| Baseline: API root (token check, no database), 16 clients, %d s | %.0f requests/s | p50 %.1f ms · p95 %.1f ms · p99 %.1f ms | %d errors of %d |%n",
                seconds, ceiling.throughput(), ceiling.p(50), ceiling.p(95), ceiling.p(99), ceiling.errors, ceiling.count());
        if (Boolean.getBoolean("createOnly")) {
            System.exit(0);
        }

        Result first = repeat(400, () -> get(base + "/api/v1/requests?limit=50", queueToken));
        System.out.printf("| Queue, first page of 50 (support team) | %d reads | p50 %.1f ms · p95 %.1f ms · p99 %.1f ms | %d errors |%n",
                first.count(), first.p(50), first.p(95), first.p(99), first.errors);
        Result deep = repeat(400, () -> get(base + "/api/v1/requests?limit=50&cursor=" + deepCursor, queueToken));
        System.out.printf("| Queue, a page 20,000 requests deep (keyset) | %d reads | p50 %.1f ms · p95 %.1f ms · p99 %.1f ms | %d errors |%n",
                deep.count(), deep.p(50), deep.p(95), deep.p(99), deep.errors);

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        login(browser, base, "accueil", "Guichet-Demo-2026");
        String[] queries = {"boulangerie", "lyon", "marie.martin", "04 78", "clermont", "DEM-2025-000777", "notaires", "300000007"};
        AtomicInteger i = new AtomicInteger();
        Result search = repeat(400, () -> {
            String q = queries[i.getAndIncrement() % queries.length];
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/desk?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("HX-Request", "true")
                    .build();
            return browser.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        });
        System.out.printf("| Desk customer search as you type (htmx fragment) | %d searches | p50 %.1f ms · p95 %.1f ms · p99 %.1f ms | %d errors |%n",
                search.count(), search.p(50), search.p(95), search.p(99), search.errors);
        if (args.length > 5) {
            String customerPage = base + "/desk/customers/" + args[5];
            Result screen = repeat(200, () -> browser.send(
                            HttpRequest.newBuilder(URI.create(customerPage)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode());
            System.out.printf("| Desk 360° customer screen (%s) | %d openings | p50 %.1f ms · p95 %.1f ms · p99 %.1f ms | %d errors |%n",
                    args.length > 6 ? args[6] : "one customer", screen.count(), screen.p(50), screen.p(95), screen.p(99),
                    screen.errors);
        }
        System.exit(0);
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

    /**
     * {@code clients} workers, each on its own keep-alive HTTP/1.1 connection, post requests one after the other for
     * {@code seconds}. A plain socket client: the JDK HttpClient costs several times more CPU per call, and the load
     * generator shares the machine with the application and PostgreSQL.
     */
    static Result load(String base, String token, int clients, int seconds) throws Exception {
        return load(base, token, clients, seconds, false);
    }

    /**
     * {@code baseline}: instead of creating requests, read the API root, which checks the token and answers without
     * touching the database (the token is remembered): the ceiling of HTTP and security alone on this machine.
     */
    static Result load(String base, String token, int clients, int seconds, boolean baseline) throws Exception {
        Result result = new Result();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        URI uri = URI.create(base);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                RawConnection connection = null;
                while (!stop.get()) {
                    int n = sequence.incrementAndGet();
                    String body = "{\"subject\":\"Bench " + n + "\",\"description\":\"Demande de mesure " + n
                            + "\",\"category\":\"OTHER\",\"channel\":\"PHONE\",\"requesterName\":\"Client " + n + "\"}";
                    long t0 = System.nanoTime();
                    try {
                        if (connection == null) {
                            connection = new RawConnection(uri.getHost(), uri.getPort());
                        }
                        int status = baseline
                                ? connection.send("GET", "/api/v1", token, null)
                                : connection.post("/api/v1/requests", token, body);
                        if (status == (baseline ? 200 : 201)) {
                            result.nanos.add(System.nanoTime() - t0);
                        } else {
                            errors.incrementAndGet();
                        }
                        if (connection.closing) {
                            connection.close();
                            connection = null;
                        }
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

    static int get(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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
