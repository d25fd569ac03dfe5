package care.tandem.infra.demo;

import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A session of one plan as the script schedules it; a multi-family group has the same id in every plan. */
record PlannedSession(
        String id,
        SessionKind kind,
        Instant start,
        int minutes,
        String clinician,
        List<String> participants,
        LocationMode locationMode,
        String makeupFor) {

    Instant end() {
        return start.plusSeconds(60L * minutes);
    }

    PlannedSession movedTo(Instant newStart) {
        return new PlannedSession(id, kind, newStart, minutes, clinician, participants, locationMode, makeupFor);
    }

    /** Who the session books: its participants and its clinician. */
    List<String> people() {
        return Stream.concat(participants.stream(), Stream.of(clinician)).toList();
    }
}
