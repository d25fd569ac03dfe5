package care.tandem.query.audit;

import care.tandem.query.integrity.RecordIntegrity;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's attendance story as a compliance replay tells it: the {@code facts} the two {@link Timelines} admit, in
 * the order the plan recorded them, and the attendance they leave {@code standing}: per session (in order of start),
 * per participant (in the order the facts first named them), the latest admitted fact about them, so that a
 * correction replaces what it corrects. {@code asOf} and {@code occurredBefore} echo the request (null: not given);
 * {@code integrity} says whether the plan's history in the event store verified as it was shown.
 * Both the JSON and the CSV answer are built from this one fold.
 */
public record AttendanceHistory(
        String planId,
        Instant asOf,
        Instant occurredBefore,
        List<AttendanceAuditResponse.Entry> facts,
        List<SessionAttendance> standing,
        RecordIntegrity integrity) {

    static AttendanceHistory of(AttendanceAuditDocument audit, Timelines timelines) {
        List<AttendanceAuditDocument.Entry> admitted = audit.entries().stream().filter(timelines::admits).toList();
        return new AttendanceHistory(audit.id(), timelines.asOf(), timelines.occurredBefore(),
                                     AttendanceAuditResponse.Entry.allOf(admitted), standingAfter(admitted), null);
    }

    AttendanceHistory verified(RecordIntegrity checked) {
        return new AttendanceHistory(planId, asOf, occurredBefore, facts, standing, checked);
    }

    private static List<SessionAttendance> standingAfter(List<AttendanceAuditDocument.Entry> facts) {
        Map<String, Map<String, Standing>> bySession = new LinkedHashMap<>();
        Map<String, Instant> starts = new LinkedHashMap<>();
        for (AttendanceAuditDocument.Entry fact : facts) {
            starts.put(fact.sessionId(), fact.sessionStartsAt());
            Map<String, Standing> participants = bySession.computeIfAbsent(fact.sessionId(),
                                                                           session -> new LinkedHashMap<>());
            for (AttendanceFact attendance : fact.attendance()) {
                participants.put(attendance.participantId(),
                                 new Standing(fact.sequenceNumber(), fact.kind(), attendance));
            }
        }
        return bySession.entrySet().stream()
                .map(session -> new SessionAttendance(session.getKey(), starts.get(session.getKey()),
                                                      List.copyOf(session.getValue().values())))
                .sorted(Comparator.comparing(SessionAttendance::sessionStartsAt,
                                             Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(SessionAttendance::sessionId))
                .toList();
    }

    /** Whether the participant's attendance, as the fact with this sequence number states it, is what stands. */
    boolean stands(long sequenceNumber, String participantId) {
        return standing.stream()
                .flatMap(session -> session.attendance().stream())
                .anyMatch(standing -> standing.sequenceNumber() == sequenceNumber
                        && standing.attendance().participantId().equals(participantId));
    }

    /** The attendance standing for one session; {@code sessionStartsAt} is null if the plan never scheduled it. */
    public record SessionAttendance(String sessionId, Instant sessionStartsAt, List<Standing> attendance) {
    }

    /** One participant's standing attendance, and the fact it stands on: its sequence number and kind. */
    public record Standing(long sequenceNumber, AttendanceKind kind, AttendanceFact attendance) {
    }
}
