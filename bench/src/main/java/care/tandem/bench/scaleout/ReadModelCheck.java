package care.tandem.bench.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Asks a query-side instance, over its public API, whether its read models hold exactly what the event store holds:
 * every read model caught up with nothing parked, every plan's schedule and every clinician's calendar with each of
 * the store's sessions once (a duplicate or a gap is a difference).
 */
final class ReadModelCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DIFFERENCES_KEPT = 5;
    /** Days of calendar read from the first slot: far more than a run books (two minutes a session). */
    private static final int CALENDAR_DAYS = 30;

    private final String querySideUrl;
    private final Supplier<String> reader;
    private final Supplier<String> operations;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ReadModelCheck(String querySideUrl, Supplier<String> reader, Supplier<String> operations) {
        this.querySideUrl = querySideUrl;
        this.reader = reader;
        this.operations = operations;
    }

    /** Whether every read model says it has handled the whole feed, with no dead letter. */
    boolean caughtUp() {
        for (JsonNode readModel : get("/api/operations/read-models", operations)) {
            if (readModel.path("eventsBehind").asLong(-1) != 0 || readModel.path("deadLetters").asLong() != 0) {
                return false;
            }
        }
        return true;
    }

    /** The first few differences between the read models and the fold; none when they agree. */
    List<String> differences(EventStoreFold fold, int clinicians, LocalDate from) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, List<String>> plan : fold.sessionsByPlan().entrySet()) {
            JsonNode schedule = get("/api/treatment-plans/" + plan.getKey() + "/schedule", reader);
            if (schedule.isMissingNode()) {
                differences.add("schedule of " + plan.getKey() + ": not found");
                continue;
            }
            List<String> shown = new ArrayList<>();
            schedule.path("sessions").forEach(session -> shown.add(session.path("sessionId").asText()));
            compare("schedule of " + plan.getKey(), plan.getValue(), shown, differences);
            if (differences.size() >= DIFFERENCES_KEPT) {
                return differences;
            }
        }
        for (int clinician = 0; clinician < clinicians; clinician++) {
            String clinicianId = RoutedLoad.clinicianId(clinician);
            List<String> shown = new ArrayList<>();
            JsonNode calendar = get("/api/clinicians/%s/schedule?from=%s&to=%s".formatted(clinicianId, from,
                    from.plusDays(CALENDAR_DAYS)), reader);
            for (JsonNode day : calendar.path("days")) {
                for (JsonNode session : day.path("sessions")) {
                    for (JsonNode plan : session.path("plans")) {
                        shown.add(plan.path("planId").asText() + "/" + session.path("sessionId").asText());
                    }
                }
            }
            compare("calendar of " + clinicianId, fold.sessionsByClinician().getOrDefault(clinicianId, List.of()),
                    shown, differences);
        }
        return differences.subList(0, Math.min(DIFFERENCES_KEPT, differences.size()));
    }

    static LocalDate calendarStart(RoutedLoad load) {
        return LocalDate.ofInstant(load.firstSlot(), ZoneOffset.UTC);
    }

    private static void compare(String what, List<String> stored, List<String> shown, List<String> differences) {
        List<String> missing = new ArrayList<>(stored);
        List<String> extra = new ArrayList<>();
        for (String item : shown) {
            if (!missing.remove(item)) {
                extra.add(item);
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            differences.add(what + ": missing " + missing + ", not in the store (or twice) " + extra);
        }
    }

    /** The answer's body, or a missing node when there is nothing at {@code path} (404). */
    private JsonNode get(String path, Supplier<String> token) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(querySideUrl + path))
                    .header("Authorization", "Bearer " + token.get()).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 404) {
                return JSON.missingNode();
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
