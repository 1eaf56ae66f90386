import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the public site's page views (issue 14, ADR 0029) of a running Guichet over HTTP and prints Markdown table
 * rows: {@code -Dclients=16} anonymous visitors at once, each reading the site's pages one after the other for
 * {@code -Dseconds=15} (after as long untimed), served from the public pages' cache; the same pages with a query
 * ({@code ?v=n}), which the cache never keeps, so rendered each time; and the API root with a token (token check, no
 * database) the same way, in the same run, as the baseline.
 *
 * <pre>java -Dclients=16 -Dseconds=15 bench/PageBench.java BASE_URL API_TOKEN</pre>
 */
public class PageBench {

    private static final List<String> PAGES = List.of(
            "/", "/en", "/fr/a-propos", "/en/about", "/services", "/fr/mentions-legales",
            // help articles (the demo's), the pages deflection leads to
            "/help/articles/l-imprimante-est-hors-ligne", "/help/articles/the-printer-is-offline");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int clients = Integer.getInteger("clients", 16);
        int seconds = Integer.getInteger("seconds", 15);
        AtomicInteger sequence = new AtomicInteger();
        Scenario[] scenarios = {
            new Scenario("Page view, anonymous, from the cache (" + PAGES.size() + " pages in turn)", n -> request(base + PAGES.get(n % PAGES.size()), null)),
            new Scenario("Page view, anonymous, rendered (`?v=n`: never cached)", n -> request(base + PAGES.get(n % PAGES.size()) + (PAGES.get(n % PAGES.size()).contains("?") ? "&" : "?") + "v=" + sequence.incrementAndGet(), null)),
            new Scenario("Baseline: API root with a token (no database)", n -> request(base + "/api/v1", token)),
        };
        for (Scenario scenario : scenarios) {
            run(scenario, clients, seconds); // warm-up
            Result result = run(scenario, clients, seconds);
            System.out.printf(
                    "| %s, %d clients, %d s | %.0f views/s | p50 %.1f ms · p95 %.1f ms · p99 %.1f ms | %d errors of %d |%n",
                    scenario.name, clients, seconds, result.nanos.size() / (double) seconds, result.p(50), result.p(95), result.p(99), result.errors, result.nanos.size() + result.errors);
        }
    }

    record Scenario(String name, java.util.function.IntFunction<HttpRequest> request) {}

    static HttpRequest request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    static Result run(Scenario scenario, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Result>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                Result mine = new Result();
                for (int n = client; System.nanoTime() < end; n++) {
                    long t0 = System.nanoTime();
                    try {
                        int status = HTTP.send(scenario.request().apply(n), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 200) {
                            mine.nanos.add(System.nanoTime() - t0);
                        } else {
                            mine.errors++;
                        }
                    } catch (Exception e) {
                        mine.errors++;
                    }
                }
                return mine;
            }));
        }
        Result all = new Result();
        for (Future<Result> future : futures) {
            Result one = future.get();
            all.nanos.addAll(one.nanos);
            all.errors += one.errors;
        }
        pool.shutdown();
        return all;
    }

    static final class Result {
        final List<Long> nanos = new ArrayList<>();
        int errors;

        double p(int percentile) {
            if (nanos.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1_000_000.0;
        }
    }
}
