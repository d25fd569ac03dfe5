package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.MakeupSessionAttended;
import care.tandem.events.plan.MakeupSessionDeclined;
import care.tandem.events.plan.MakeupSessionOffered;
import care.tandem.events.plan.PartnersInformedOfAbsence;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SessionSummaryOffered;
import care.tandem.events.plan.SessionSummaryShared;
import care.tandem.events.plan.SoloAttendanceRecorded;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the plan remembers of its sessions, and of the follow-up of each joint session one partner missed. The
 * decisions about them are {@link Scheduling}'s, {@link AttendanceRecording}'s and {@link AbsenceFollowUps}'; this
 * answers their questions and keeps the record as the events say.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class PlanSessions {

    private PlanId planId;
    private Map<SessionId, PlanSession> sessions;
    private Map<SessionId, AbsenceFollowUp> followUps;

    /** For a snapshot's fields to be read back into. */
    private PlanSessions() {
    }

    PlanSessions(PlanId planId) {
        this.planId = planId;
        this.sessions = new HashMap<>();
        this.followUps = new HashMap<>();
    }

    boolean contains(SessionId sessionId) {
        return sessions.containsKey(sessionId);
    }

    Optional<ClinicianId> clinicianOf(SessionId sessionId) {
        return Optional.ofNullable(sessions.get(sessionId)).map(PlanSession::clinician);
    }

    PlanSession known(SessionId sessionId) {
        PlanSession session = sessions.get(sessionId);
        if (session == null) {
            throw new UnknownSessionException(planId, sessionId);
        }
        return session;
    }

    /** A session still to be held: neither cancelled nor with its attendance recorded. */
    PlanSession scheduled(SessionId sessionId) {
        PlanSession session = known(sessionId);
        switch (session.status()) {
            case CANCELLED -> throw new PlanRuleViolation("session-cancelled",
                    "Session " + sessionId + " was cancelled");
            case ATTENDANCE_RECORDED -> throw new PlanRuleViolation("attendance-already-recorded",
                    "Session " + sessionId + " already took place: attendance is recorded");
            case SCHEDULED -> {
                // still to be held
            }
        }
        return session;
    }

    /** The sessions still ahead at an instant that match, earliest first. */
    List<Map.Entry<SessionId, PlanSession>> ahead(Instant at, Predicate<PlanSession> which) {
        return sessions.entrySet().stream()
                .filter(entry -> entry.getValue().isStillAheadAt(at) && which.test(entry.getValue()))
                .sorted(Comparator.comparing((Map.Entry<SessionId, PlanSession> entry) -> entry.getValue().startsAt())
                        .thenComparing(entry -> entry.getKey().value()))
                .toList();
    }

    /** The joint sessions with attendance of this partner on record, by start time. */
    List<PlanSession> jointSessionsAttendedOrMissedBy(ParticipantId partner) {
        return sessions.values().stream()
                .filter(PlanSession::isJoint)
                .filter(session -> session.attendanceOf(partner) != null)
                .sorted(Comparator.comparing(PlanSession::startsAt))
                .toList();
    }

    /** The follow-up of a joint session one partner missed; refused for any other session. */
    AbsenceFollowUp followUp(SessionId missedSession) {
        known(missedSession);
        AbsenceFollowUp followUp = followUps.get(missedSession);
        if (followUp == null) {
            throw new PlanRuleViolation("no-missed-joint-session",
                    "Session " + missedSession + " is not a joint session one partner missed");
        }
        return followUp;
    }

    Optional<AbsenceFollowUp> followUpIfAny(SessionId missedSession) {
        return Optional.ofNullable(followUps.get(missedSession));
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessions.put(event.sessionId(), new PlanSession(event.kind(), event.startsAt(), event.durationMinutes(),
                event.participants(), event.makeupFor(), event.clinician()));
        if (event.makeupFor() != null) {
            followUps.get(event.makeupFor()).makeupWasScheduled(event.sessionId());
        }
    }

    @EventSourcingHandler
    void on(SessionRescheduled event) {
        sessions.get(event.sessionId()).moveTo(event.startsAt(), event.durationMinutes());
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        PlanSession session = sessions.get(event.sessionId());
        session.cancel();
        if (session.makeupFor() != null) {
            followUps.get(session.makeupFor()).makeupWasCancelled();
        }
    }

    @EventSourcingHandler
    void on(JointAttendanceRecorded event) {
        PlanSession session = sessions.get(event.sessionId());
        event.attendees().forEach(attendee -> session.recordAttendance(attendee, AttendanceStatus.ATTENDED));
    }

    @EventSourcingHandler
    void on(SoloAttendanceRecorded event) {
        PlanSession session = sessions.get(event.sessionId());
        session.recordAttendance(event.attendingPartner(), AttendanceStatus.ATTENDED);
        session.recordAttendance(event.absentPartner(), AttendanceStatus.ABSENT);
        followUps.put(event.sessionId(), new AbsenceFollowUp(event.absentPartner()));
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        PlanSession session = sessions.get(event.sessionId());
        event.attendance().forEach(entry -> session.recordAttendance(entry.participantId(), entry.status()));
        if (session.isJoint()) {
            List<ParticipantId> missed = session.participants().stream().filter(session::missedBy).toList();
            if (missed.size() == 1) {
                followUps.put(event.sessionId(), new AbsenceFollowUp(missed.get(0)));
            }
        }
    }

    @EventSourcingHandler
    void on(AttendanceCorrected event) {
        sessions.get(event.sessionId()).recordAttendance(event.corrected().participantId(), event.corrected().status());
    }

    @EventSourcingHandler
    void on(PartnersInformedOfAbsence event) {
        followUps.get(event.sessionId()).partnersWereInformed();
    }

    @EventSourcingHandler
    void on(SessionSummaryOffered event) {
        followUps.get(event.sessionId()).summaryWasOffered();
    }

    @EventSourcingHandler
    void on(SessionSummaryShared event) {
        followUps.get(event.sessionId()).summaryWasShared();
    }

    @EventSourcingHandler
    void on(MakeupSessionOffered event) {
        followUps.get(event.missedSessionId()).makeupWasOffered();
    }

    @EventSourcingHandler
    void on(MakeupSessionDeclined event) {
        followUps.get(event.missedSessionId()).makeupWasDeclined();
    }

    @EventSourcingHandler
    void on(MakeupSessionAttended event) {
        followUps.get(event.missedSessionId()).makeupWasAttended();
    }
}
