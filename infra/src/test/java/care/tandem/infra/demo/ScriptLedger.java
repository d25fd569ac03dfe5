package care.tandem.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a demo script does to the plans, read back from its requests alone (paths and JSON bodies), the way the
 * command side would apply them: sessions with their times and status, attendance per participant with the
 * minutes attended (corrections replace), and every other command in order. The tests check the script's
 * promises against this, not against the generator's own bookkeeping.
 */
final class ScriptLedger {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH = Pattern.compile(
            "/api/treatment-plans(?:/(?<plan>[^/]+)(?:/(?<resource>joint-sessions|sessions)(?:/(?<session>[^/]+)"
                    + "(?:/(?<action>[^/]+))?)?|/(?<command>.+))?)?");

    record Session(String planId, String sessionId, String kind, Instant start, int minutes, String clinician,
                   List<String> participants, String makeupFor, boolean cancelled) {

        Instant end() {
            return start.plusSeconds(60L * minutes);
        }

        Session movedTo(Instant newStart, int newMinutes) {
            return new Session(planId, sessionId, kind, newStart, newMinutes, clinician, participants, makeupFor,
                    cancelled);
        }

        Session cancel() {
            return new Session(planId, sessionId, kind, start, minutes, clinician, participants, makeupFor, true);
        }
    }

    /** A command other than scheduling and attendance: what it was and its body. */
    record PlanCommand(int step, String planId, String command, String sessionId, JsonNode body) {
    }

    final Map<String, JsonNode> openedPlans = new LinkedHashMap<>();
    /** Keyed by plan id and session id. */
    final Map<String, Session> sessions = new LinkedHashMap<>();
    /** Minutes attended, keyed by plan id, session id and participant id. */
    final Map<String, Integer> attendedMinutes = new LinkedHashMap<>();
    final List<JsonNode> soloAttendances = new ArrayList<>();
    final List<PlanCommand> commands = new ArrayList<>();

    static ScriptLedger of(List<DemoStep> steps) {
        ScriptLedger ledger = new ScriptLedger();
        steps.forEach(ledger::apply);
        return ledger;
    }

    private void apply(DemoStep step) {
        Matcher path = PATH.matcher(step.path());
        if (!path.matches()) {
            throw new AssertionError("not a command API path: " + step.path());
        }
        JsonNode body = step.body() == null ? null : parse(step.body());
        String plan = path.group("plan");
        String session = path.group("session");
        String action = path.group("action");
        if (plan == null) {
            openedPlans.put(body.path("planId").asText(), body);
        } else if (path.group("command") != null) {
            commands.add(new PlanCommand(step.number(), plan, path.group("command"), null, body));
        } else if (session == null) {
            String id = body.path("sessionId").asText();
            boolean joint = path.group("resource").equals("joint-sessions");
            List<String> participants = new ArrayList<>();
            body.path(joint ? "expectedParticipantIds" : "participantIds")
                    .forEach(participant -> participants.add(participant.asText()));
            sessions.put(key(plan, id), new Session(plan, id, joint ? "COUPLES" : body.path("kind").asText(),
                    Instant.parse(body.path("startsAt").asText()), body.path("durationMinutes").asInt(),
                    body.path("clinicianId").asText(), participants,
                    body.hasNonNull("makeupFor") ? body.path("makeupFor").asText() : null, false));
        } else {
            Session scheduled = sessions.get(key(plan, session));
            switch (action) {
                case "reschedule" -> sessions.put(key(plan, session), scheduled.movedTo(
                        Instant.parse(body.path("startsAt").asText()), body.path("durationMinutes").asInt()));
                case "cancel" -> {
                    sessions.put(key(plan, session), scheduled.cancel());
                    commands.add(new PlanCommand(step.number(), plan, action, session, body));
                }
                case "attendance" -> {
                    if (body == null) {
                        scheduled.participants().forEach(participant ->
                                attendedMinutes.put(key(plan, session, participant), scheduled.minutes()));
                    } else {
                        body.path("attendance").forEach(entry -> attendedMinutes.put(
                                key(plan, session, entry.path("participantId").asText()), minutes(entry, scheduled)));
                    }
                }
                case "solo-attendance" -> {
                    attendedMinutes.put(key(plan, session, body.path("attendingPartnerId").asText()),
                            scheduled.minutes());
                    attendedMinutes.put(key(plan, session, body.path("absentPartnerId").asText()), 0);
                    soloAttendances.add(body);
                }
                case "attendance-corrections" -> {
                    attendedMinutes.put(key(plan, session, body.path("participantId").asText()),
                            minutes(body, scheduled));
                    commands.add(new PlanCommand(step.number(), plan, action, session, body));
                }
                default -> commands.add(new PlanCommand(step.number(), plan, action, session, body));
            }
        }
    }

    List<Session> liveSessions() {
        return sessions.values().stream().filter(session -> !session.cancelled()).toList();
    }

    List<PlanCommand> commands(String command) {
        return commands.stream().filter(planCommand -> planCommand.command().equals(command)).toList();
    }

    boolean hasAttendance(Session session) {
        return session.participants().stream()
                .anyMatch(participant -> attendedMinutes.containsKey(
                        key(session.planId(), session.sessionId(), participant)));
    }

    Integer attendedMinutes(Session session, String participant) {
        return attendedMinutes.get(key(session.planId(), session.sessionId(), participant));
    }

    private static int minutes(JsonNode entry, Session session) {
        return switch (entry.path("status").asText()) {
            case "ATTENDED" -> session.minutes();
            case "LATE" -> session.minutes() - entry.path("minutesLate").asInt();
            case "LEFT_EARLY" -> session.minutes() - entry.path("minutesLeftEarly").asInt();
            default -> 0;
        };
    }

    private static String key(String... parts) {
        return String.join("|", parts);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
