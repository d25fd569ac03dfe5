package care.tandem.query.readmodel;

import java.util.List;
import java.util.stream.Stream;

/**
 * A held session's attendance as a schedule keeps it: {@code recorded} is each participant's attendance as
 * {@code kind} recorded it and never changes; {@code corrected} holds, beside it, the latest correction of each
 * participant corrected since, the most recently corrected last. Where a participant has a correction, it is what
 * stands; the audit keeps every correction.
 */
public record SessionAttendance(AttendanceKind kind, List<AttendanceFact> recorded, List<AttendanceFact> corrected) {

    public static SessionAttendance recorded(AttendanceKind kind, List<AttendanceFact> recorded) {
        return new SessionAttendance(kind, recorded, List.of());
    }

    AttendanceFact standingFor(String participantId) {
        return Stream.concat(corrected.stream(), recorded.stream())
                .filter(fact -> fact.participantId().equals(participantId))
                .findFirst()
                .orElse(null);
    }

    boolean isCorrectedFor(String participantId) {
        return corrected.stream().anyMatch(fact -> fact.participantId().equals(participantId));
    }

    SessionAttendance corrected(AttendanceFact correction) {
        return new SessionAttendance(kind, recorded, AttendanceFact.standingAfter(corrected, List.of(correction)));
    }
}
