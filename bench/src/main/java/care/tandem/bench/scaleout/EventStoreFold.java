package care.tandem.bench.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the event store holds, folded the way the checked read models fold it: each plan's sessions, each clinician's
 * sessions as plan/session, and how many events each command's correlation id produced. The truth the read models
 * must converge to.
 */
record EventStoreFold(int events, Map<String, List<String>> sessionsByPlan,
                      Map<String, List<String>> sessionsByClinician, Map<String, Integer> eventsByCorrelationId) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static EventStoreFold read(String jdbcUrl, String username, String password) {
        Map<String, List<String>> byPlan = new TreeMap<>();
        Map<String, List<String>> byClinician = new TreeMap<>();
        Map<String, Integer> byCorrelation = new HashMap<>();
        int events = 0;
        try (Connection store = DriverManager.getConnection(jdbcUrl, username, password);
             ResultSet rows = store.createStatement().executeQuery(
                     "select aggregateidentifier, payloadtype, payload, metadata from domainevententry")) {
            while (rows.next()) {
                events++;
                byCorrelation.merge(JSON.readTree(rows.getBytes(4)).path("correlationId").asText(), 1, Integer::sum);
                String plan = rows.getString(1);
                if (!plan.startsWith(RoutedLoad.PLAN_PREFIX)) {
                    continue;
                }
                List<String> planSessions = byPlan.computeIfAbsent(plan, id -> new ArrayList<>());
                if (rows.getString(2).endsWith(".SessionScheduled")) {
                    JsonNode payload = JSON.readTree(rows.getBytes(3));
                    String session = payload.path("sessionId").asText();
                    planSessions.add(session);
                    byClinician.computeIfAbsent(payload.path("clinician").asText(), id -> new ArrayList<>())
                            .add(plan + "/" + session);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EventStoreFold(events, byPlan, byClinician, byCorrelation);
    }

    /** Acknowledged commands of which the store holds no event. */
    long lost(Set<String> acknowledged) {
        return acknowledged.stream().filter(id -> !eventsByCorrelationId.containsKey(id)).count();
    }

    /** Acknowledged commands the store holds more than once (each of these commands appends one event). */
    long duplicated(Set<String> acknowledged) {
        return acknowledged.stream().filter(id -> eventsByCorrelationId.getOrDefault(id, 0) > 1).count();
    }
}
