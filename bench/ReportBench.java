import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the figures (ADR 0025) of a running Guichet over HTTP and prints Markdown table rows: each report of the
 * API, called {@code -Dreads=50} times one after the other after as many untimed calls, with the API root (token check,
 * no database) measured the same way in the same run as the baseline beside it.
 *
 * <pre>java bench/ReportBench.java BASE_URL ADMIN_TOKEN LEAD_TOKEN</pre>
 */
public class ReportBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = args[1];
        String lead = args[2];
        int reads = Integer.getInteger("reads", 50);
        String[][] reports = {
            {"Report, this month, every team (admin)", "/api/v1/reports/requests?unit=MONTH", admin},
            {"Report, last quarter, every team (admin)", "/api/v1/reports/requests?unit=QUARTER&day=" + java.time.LocalDate.now().minusMonths(3), admin},
            {"Report, this month, one team (team lead)", "/api/v1/reports/requests?unit=MONTH", lead},
            {"Report, this month, phone channel, technical (admin)", "/api/v1/reports/requests?unit=MONTH&channel=PHONE&category=TECHNICAL", admin},
            {"Report, custom 12 months (admin)", "/api/v1/reports/requests?unit=CUSTOM&from=" + java.time.LocalDate.now().minusYears(1) + "&to=" + java.time.LocalDate.now(), admin},
            {"Drill-down, requests handed off more than twice, this month (admin)", "/api/v1/reports/requests/lines?unit=MONTH&drill=BOUNCED", admin},
            {"Drill-down, the backlog (team lead)", "/api/v1/reports/requests/lines?drill=BACKLOG", lead},
        };
        for (String[] report : reports) {
            Result measured = measure(base + report[1], report[2], reads);
            Result root = measure(base + "/api/v1", report[2], reads);
            System.out.printf(
                    "| %s | %d reads | p50 %.1f ms · p95 %.1f ms | %d errors | API root: p95 %.1f ms |%n",
                    report[0], measured.nanos.size(), measured.p(50), measured.p(95), measured.errors, root.p(95));
        }
    }

    static Result measure(String url, String token, int reads) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120))
                .build();
        for (int i = 0; i < reads; i++) {
            HTTP.send(request, HttpResponse.BodyHandlers.discarding());
        }
        Result result = new Result();
        for (int i = 0; i < reads; i++) {
            long t0 = System.nanoTime();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                result.nanos.add(System.nanoTime() - t0);
            } else {
                result.errors++;
            }
        }
        return result;
    }

    static final class Result {
        final List<Long> nanos = new ArrayList<>();
        int errors;

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
}
