package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.ConcernTrigger;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.MakeupSessionAttended;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.ParticipationConcernRaised;
import care.tandem.events.plan.SoloAttendanceRecorded;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Recording who attended a session once it has started, correcting it later, and what a record sets in motion: a
 * makeup session attended, and concerns about a partner's missed joint sessions.
 */
final class AttendanceRecording {

    private final PlanId planId;
    private final PlanSessions sessions;
    private final Membership membership;
    private final CouplesWork couplesWork;

    AttendanceRecording(PlanId planId, PlanSessions sessions, Membership membership, CouplesWork couplesWork) {
        this.planId = planId;
        this.sessions = sessions;
        this.membership = membership;
        this.couplesWork = couplesWork;
    }

    void recordJoint(RecordJointAttendance command) {
        PlanSession session = openForAttendance(command.sessionId(), command.recordedAt());
        requireJoint(session, command.sessionId());
        apply(new JointAttendanceRecorded(planId, command.sessionId(), session.participants(), command.recordedBy(),
                command.recordedAt()));
        afterAttendance(command.sessionId(), session, command.recordedAt());
    }

    void recordSolo(RecordSoloAttendance command) {
        PlanSession session = openForAttendance(command.sessionId(), command.recordedAt());
        requireJoint(session, command.sessionId());
        membership.requireMembers(List.of(command.attendingPartner()), "attendingPartnerId");
        membership.requireMembers(List.of(command.absentPartner()), "absentPartnerId");
        requireExpected(session, command.attendingPartner(), "attendingPartnerId");
        requireExpected(session, command.absentPartner(), "absentPartnerId");
        apply(new SoloAttendanceRecorded(planId, command.sessionId(), command.attendingPartner(),
                command.absentPartner(), command.absenceReason(), command.reasonDetail(),
                command.therapistJudgement(), command.adjustedFocus(), command.recordedBy(), command.recordedAt()));
        afterAttendance(command.sessionId(), session, command.recordedAt());
    }

    void record(RecordAttendance command) {
        PlanSession session = openForAttendance(command.sessionId(), command.recordedAt());
        Set<ParticipantId> reported = new HashSet<>();
        command.attendance().forEach(entry -> reported.add(entry.participantId()));
        if (!reported.equals(new HashSet<>(session.participants()))) {
            throw new PlanRuleViolation("attendance-must-cover-participants",
                    "Attendance names exactly the participants the session expected");
        }
        List<ParticipantAttendance> attendance = command.attendance().stream()
                .map(entry -> toParticipantAttendance(entry, session))
                .toList();
        apply(new AttendanceRecorded(planId, command.sessionId(), attendance, command.recordedBy(),
                command.recordedAt()));
        afterAttendance(command.sessionId(), session, command.recordedAt());
    }

    void correct(CorrectAttendance command) {
        PlanSession session = sessions.known(command.sessionId());
        AttendanceStatus recorded = session.attendanceOf(command.corrected().participantId());
        if (session.status() != PlanSession.Status.ATTENDANCE_RECORDED || recorded == null) {
            throw new PlanRuleViolation("no-attendance-to-correct",
                    "No attendance of participant " + command.corrected().participantId() + " is recorded for session "
                            + command.sessionId());
        }
        apply(new AttendanceCorrected(planId, command.sessionId(),
                toParticipantAttendance(command.corrected(), session), command.correctionReason(),
                command.correctedBy(), command.correctedAt()));
    }

    private PlanSession openForAttendance(SessionId sessionId, Instant recordedAt) {
        PlanSession session = sessions.scheduled(sessionId);
        if (recordedAt.isBefore(session.startsAt())) {
            throw new PlanRuleViolation("session-not-started",
                    "Session " + sessionId + " has not started yet: attendance is recorded once it has");
        }
        return session;
    }

    /** What an attendance record sets in motion: makeup completion, and concerns about a partner's absences. */
    private void afterAttendance(SessionId sessionId, PlanSession session, Instant recordedAt) {
        if (session.makeupFor() != null) {
            sessions.followUpIfAny(session.makeupFor())
                    .filter(followUp -> !followUp.makeupResolved()
                            && session.attendanceOf(followUp.absentPartner()) != null
                            && !session.missedBy(followUp.absentPartner()))
                    .ifPresent(followUp -> apply(new MakeupSessionAttended(planId, session.makeupFor(), sessionId,
                            followUp.absentPartner(), recordedAt)));
        }
        if (!session.isJoint()) {
            return;
        }
        boolean someoneAttended = session.participants().stream().anyMatch(p -> !session.missedBy(p));
        for (ParticipantId partner : session.participants()) {
            if (!session.missedBy(partner)) {
                continue;
            }
            if (someoneAttended && couplesWork.jointParticipation() == JointParticipation.STRONGLY_ENCOURAGED) {
                apply(new ParticipationConcernRaised(planId, partner, sessionId,
                        ConcernTrigger.SOLO_ATTENDANCE_WHILE_JOINT_STRONGLY_ENCOURAGED, recordedAt));
            }
            if (makesSecondConsecutiveMiss(session, partner)) {
                apply(new ParticipationConcernRaised(planId, partner, sessionId,
                        ConcernTrigger.SECOND_CONSECUTIVE_MISS, recordedAt));
            }
        }
    }

    /**
     * Whether this miss is the one that makes two joint sessions in a row (by start time) that the partner
     * missed. A miss entered late joins the misses on either side of it; a third miss in a row raises
     * nothing new, since the concern is already open.
     */
    private boolean makesSecondConsecutiveMiss(PlanSession missed, ParticipantId partner) {
        List<PlanSession> recorded = sessions.jointSessionsAttendedOrMissedBy(partner);
        int position = recorded.indexOf(missed);
        int before = 0;
        for (int i = position - 1; i >= 0 && recorded.get(i).missedBy(partner); i--) {
            before++;
        }
        int after = 0;
        for (int i = position + 1; i < recorded.size() && recorded.get(i).missedBy(partner); i++) {
            after++;
        }
        return before + 1 + after >= 2 && before < 2 && after < 2;
    }

    private static ParticipantAttendance toParticipantAttendance(AttendanceEntry entry, PlanSession session) {
        shorterThanSession(entry.minutesLate(), session, "attendance[].minutesLate");
        shorterThanSession(entry.minutesLeftEarly(), session, "attendance[].minutesLeftEarly");
        return new ParticipantAttendance(entry.participantId(), entry.status(), entry.minutesLate(),
                entry.minutesLeftEarly(), entry.absenceReason(), entry.attendedMinutesOf(session.durationMinutes()));
    }

    private static void shorterThanSession(Integer minutes, PlanSession session, String field) {
        if (minutes != null && minutes >= session.durationMinutes()) {
            throw new InvalidCommandException(field, "must be shorter than the session's " + session.durationMinutes()
                    + " minutes");
        }
    }

    private static void requireJoint(PlanSession session, SessionId sessionId) {
        if (!session.isJoint()) {
            throw new PlanRuleViolation("not-a-joint-session",
                    "Session " + sessionId + " is a " + session.kind() + " session, not a joint COUPLES session");
        }
    }

    private static void requireExpected(PlanSession session, ParticipantId person, String field) {
        if (!session.participants().contains(person)) {
            throw new PlanRuleViolation("not-expected-at-session",
                    field + " names participant " + person + ", who was not expected at this session");
        }
    }
}
