package care.tandem.bench.rebuild;

import care.tandem.bench.LatencyStats;
import care.tandem.query.readmodel.IsoWeek;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * M6: every query the dashboard makes, against the read models the rebuild has just built from the whole feed, timed
 * over HTTP one at a time (the answer's status must be 200), against a baseline of reading one read-model document by
 * {@code _id} straight from the same MongoDB server. Requests of all kinds interleave in a seeded random order, after a
 * warm-up of every kind; each names a plan, clinician or week picked at random where the feed has them.
 */
final class QueryLatency {

    static final String BASELINE = "baseline: one schedule document by _id (MongoDB driver)";
    private static final int WARM_UP = 30;
    private static final LocalDate PROGRAM_START = LocalDate.of(2026, 1, 5);
    /** Weeks of the feed in which most plans have sessions (plans start over 40 weeks and run about ten). */
    private static final int BUSY_FROM_WEEK = 10;
    private static final int BUSY_WEEKS = 30;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Supplier<String> token;
    private final String complianceToken;
    private final Random random;

    /**
     * @param token           a machine client's that may read plans across the program
     * @param complianceToken a compliance officer's, for the compliance history
     */
    QueryLatency(Supplier<String> token, String complianceToken, long seed) {
        this.token = token;
        this.complianceToken = complianceToken;
        this.random = new Random(seed);
    }

    /** Per query (in the order), then the baseline: the latencies of {@code samples} requests each. */
    Map<String, LatencyStats> measure(String baseUrl, MongoClient mongo, String database, int plans, int clinicians,
                                      int samples) {
        MongoCollection<Document> schedules = mongo.getDatabase(database).getCollection("schedules");
        Map<String, Supplier<Runnable>> queries = new LinkedHashMap<>();
        queries.put("program report (8 weeks)", () -> get(baseUrl + "/api/reports/program?" + eightWeeks()));
        queries.put("clinician report (8 weeks)", () -> get(baseUrl + "/api/reports/clinicians?" + eightWeeks()));
        queries.put("weekly hours of a week", () -> get(baseUrl + "/api/weekly-hours?week=" + week()));
        queries.put("weekly hours under the minimum", () -> get(baseUrl + "/api/weekly-hours?week=" + week()
                + "&underMinimum=true&page=0&size=20"));
        queries.put("clinician week", () -> get(baseUrl + "/api/clinicians/c-" + random.nextInt(clinicians)
                + "/schedule?week=" + week()));
        queries.put("plan schedule", () -> get(baseUrl + "/api/treatment-plans/" + plan(plans) + "/schedule"));
        queries.put("compliance history", () -> get(baseUrl + "/api/compliance/treatment-plans/" + plan(plans)
                + "/attendance-history", () -> complianceToken));
        queries.put(BASELINE, () -> {
            String plan = plan(plans);
            return () -> {
                if (schedules.find(Filters.eq("_id", plan)).first() == null) {
                    throw new IllegalStateException("no schedule document for " + plan);
                }
            };
        });

        List<String> kinds = new ArrayList<>(queries.keySet());
        for (int round = 0; round < WARM_UP; round++) {
            kinds.forEach(kind -> queries.get(kind).get().run());
        }
        List<String> order = new ArrayList<>();
        kinds.forEach(kind -> {
            for (int i = 0; i < samples; i++) {
                order.add(kind);
            }
        });
        Collections.shuffle(order, random);
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        kinds.forEach(kind -> nanos.put(kind, new ArrayList<>()));
        for (String kind : order) {
            Runnable request = queries.get(kind).get();
            long started = System.nanoTime();
            request.run();
            nanos.get(kind).add(System.nanoTime() - started);
        }
        Map<String, LatencyStats> stats = new LinkedHashMap<>();
        nanos.forEach((kind, samplesOfKind) -> stats.put(kind,
                LatencyStats.of(samplesOfKind.stream().mapToLong(Long::longValue).toArray())));
        return stats;
    }

    private Runnable get(String url) {
        return get(url, token);
    }

    private Runnable get(String url, Supplier<String> bearer) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearer.get())
                .GET().build();
        return () -> {
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
                }
            } catch (IOException e) {
                throw new IllegalStateException("GET " + url + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        };
    }

    private String plan(int plans) {
        return "plan-" + random.nextInt(plans);
    }

    private LocalDate busyMonday() {
        return PROGRAM_START.plusWeeks(BUSY_FROM_WEEK + random.nextInt(BUSY_WEEKS));
    }

    private String week() {
        return IsoWeek.of(busyMonday()).toString();
    }

    private String eightWeeks() {
        LocalDate monday = busyMonday();
        return "from=" + monday.minusWeeks(7) + "&to=" + monday.plusDays(6);
    }
}
