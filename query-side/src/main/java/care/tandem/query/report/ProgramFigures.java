package care.tandem.query.report;

import care.tandem.events.plan.PauseReason;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts behind the program report, for one plan's or many plans' sessions, pauses and makeup offers of one
 * clinician in one week; counts add up across plans and clinicians. The response ({@link ProgramWeek}) defines each.
 */
public record ProgramFigures(
        int sessionsHeld,
        int expectedParticipantSessions,
        int attendedParticipantSessions,
        int couplesSessionsHeld,
        int couplesSessionsAttendedJointly,
        int couplesSessionsAttendedSolo,
        int pausesStarted,
        List<ReasonCount> pausesStartedByReason,
        int pausesActive,
        long minutesPaused,
        int makeupsOffered,
        int makeupsScheduled,
        int makeupsAttended,
        int makeupsDeclined) {

    static final ProgramFigures NONE = new ProgramFigures(0, 0, 0, 0, 0, 0, 0, List.of(), 0, 0, 0, 0, 0, 0);

    ProgramFigures plus(ProgramFigures other) {
        Map<PauseReason, Integer> reasons = new EnumMap<>(PauseReason.class);
        for (ReasonCount count : pausesStartedByReason) {
            reasons.merge(count.reason(), count.count(), Integer::sum);
        }
        for (ReasonCount count : other.pausesStartedByReason) {
            reasons.merge(count.reason(), count.count(), Integer::sum);
        }
        return new ProgramFigures(
                sessionsHeld + other.sessionsHeld,
                expectedParticipantSessions + other.expectedParticipantSessions,
                attendedParticipantSessions + other.attendedParticipantSessions,
                couplesSessionsHeld + other.couplesSessionsHeld,
                couplesSessionsAttendedJointly + other.couplesSessionsAttendedJointly,
                couplesSessionsAttendedSolo + other.couplesSessionsAttendedSolo,
                pausesStarted + other.pausesStarted,
                reasons.entrySet().stream().map(entry -> new ReasonCount(entry.getKey(), entry.getValue())).toList(),
                pausesActive + other.pausesActive,
                minutesPaused + other.minutesPaused,
                makeupsOffered + other.makeupsOffered,
                makeupsScheduled + other.makeupsScheduled,
                makeupsAttended + other.makeupsAttended,
                makeupsDeclined + other.makeupsDeclined);
    }

    static ProgramFigures heldSession(int expected, int attended, boolean couples, boolean joint, boolean solo) {
        return new ProgramFigures(1, expected, attended, couples ? 1 : 0, joint ? 1 : 0, solo ? 1 : 0, 0, List.of(),
                                  0, 0, 0, 0, 0, 0);
    }

    static ProgramFigures pauseStarted(PauseReason reason) {
        return new ProgramFigures(0, 0, 0, 0, 0, 0, 1, List.of(new ReasonCount(reason, 1)), 0, 0, 0, 0, 0, 0);
    }

    static ProgramFigures pauseInForce(long minutes) {
        return new ProgramFigures(0, 0, 0, 0, 0, 0, 0, List.of(), 1, minutes, 0, 0, 0, 0);
    }

    static ProgramFigures makeupOffered(boolean scheduled, boolean attended, boolean declined) {
        return new ProgramFigures(0, 0, 0, 0, 0, 0, 0, List.of(), 0, 0, 1, scheduled ? 1 : 0, attended ? 1 : 0,
                                  declined ? 1 : 0);
    }
}
