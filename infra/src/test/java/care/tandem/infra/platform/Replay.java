package care.tandem.infra.platform;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's attendance history in the terms both sides of the proof can be put in: the facts in recorded order, and
 * per session, per participant, the attendance that stands and the sequence number of the fact it stands on.
 */
record Replay(List<Fact> facts, Map<String, Map<String, Standing>> standing) {

    record Fact(long sequenceNumber, String sessionId, Instant sessionStartsAt, String kind,
                List<Attendance> attendance, String reasonDetail, String correctionReason,
                Long correctsSequenceNumber, String recordedBy, Instant recordedAt, String actor,
                String correlationId, Instant eventTimestamp) {
    }

    /** Attended minutes are null where the fact counted none (joint and solo attendance). */
    record Attendance(String participantId, String status, Integer minutesLate, Integer minutesLeftEarly,
                      String absenceReason, Integer attendedMinutes) {
    }

    record Standing(Attendance attendance, long sequenceNumber) {
    }

    /** The compliance replay's JSON answer. */
    static Replay fromAnswer(JsonNode answer) {
        List<Fact> facts = new ArrayList<>();
        for (JsonNode fact : answer.path("facts")) {
            facts.add(new Fact(fact.path("sequenceNumber").asLong(), text(fact, "sessionId"),
                               instant(fact, "sessionStartsAt"), text(fact, "kind"), allAttendance(fact.path("attendance")),
                               text(fact, "reasonDetail"), text(fact, "correctionReason"),
                               fact.path("correctsSequenceNumber").isNull() ? null
                                       : fact.path("correctsSequenceNumber").asLong(),
                               text(fact, "recordedBy"), instant(fact, "recordedAt"), text(fact, "actor"),
                               text(fact, "correlationId"), instant(fact, "eventTimestamp")));
        }
        Map<String, Map<String, Standing>> standing = new LinkedHashMap<>();
        for (JsonNode session : answer.path("standing")) {
            Map<String, Standing> participants = new LinkedHashMap<>();
            for (JsonNode stands : session.path("attendance")) {
                Attendance attendance = attendance(stands.path("attendance"));
                participants.put(attendance.participantId(),
                                 new Standing(attendance, stands.path("sequenceNumber").asLong()));
            }
            standing.put(text(session, "sessionId"), participants);
        }
        return new Replay(facts, standing);
    }

    private static List<Attendance> allAttendance(JsonNode list) {
        List<Attendance> attendance = new ArrayList<>();
        list.forEach(entry -> attendance.add(attendance(entry)));
        return attendance;
    }

    private static Attendance attendance(JsonNode entry) {
        return new Attendance(text(entry, "participantId"), text(entry, "status"), number(entry, "minutesLate"),
                              number(entry, "minutesLeftEarly"), text(entry, "absenceReason"),
                              number(entry, "attendedMinutes"));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? null : node.path(field).asText();
    }

    private static Integer number(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? null : node.path(field).asInt();
    }

    private static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Instant.parse(text);
    }
}
