package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointSessionCancelled;
import care.tandem.events.plan.JointSessionScheduled;
import care.tandem.events.plan.Partner;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TreatmentPlanOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Map.Entry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A couple's treatment plan: the consistency boundary for their joint sessions, attendance and the
 * couples-therapy status. Handlers validate against state and apply events; state changes only in the
 * event sourcing handlers, and time always arrives on the command.
 */
@Aggregate
public class TreatmentPlan {

    @AggregateIdentifier
    private PlanId planId;
    private Set<ParticipantId> members;
    private boolean couplesTherapyPaused;
    private Map<SessionId, JointSession> jointSessions;

    protected TreatmentPlan() {
        // Axon rebuilds the plan from its events through this constructor.
    }

    @CommandHandler
    public TreatmentPlan(OpenTreatmentPlan command) {
        apply(new TreatmentPlanOpened(command.planId(), command.partners(), command.primaryClinician(),
                command.openedAt()));
    }

    @CommandHandler
    public void handle(ScheduleJointSession command) {
        if (couplesTherapyPaused) {
            throw new PlanRuleViolation("couples-therapy-paused",
                    "Couples therapy is paused: no joint session can be scheduled until it is resumed");
        }
        if (jointSessions.containsKey(command.sessionId())) {
            throw new PlanRuleViolation("session-already-scheduled",
                    "Joint session " + command.sessionId() + " is already scheduled on this plan");
        }
        requireMembers(command.expectedParticipants(), "expectedParticipantIds");
        apply(new JointSessionScheduled(planId, command.sessionId(), command.startsAt(),
                command.durationMinutes(), command.clinician(), command.expectedParticipants()));
    }

    @CommandHandler
    public void handle(RecordJointAttendance command) {
        JointSession session = sessionOpenForAttendance(command.sessionId(), command.recordedAt());
        apply(new JointAttendanceRecorded(planId, command.sessionId(), session.expectedParticipants(),
                command.recordedBy(), command.recordedAt()));
    }

    @CommandHandler
    public void handle(RecordSoloAttendance command) {
        JointSession session = sessionOpenForAttendance(command.sessionId(), command.recordedAt());
        requireMembers(List.of(command.attendingPartner()), "attendingPartnerId");
        requireMembers(List.of(command.absentPartner()), "absentPartnerId");
        requireExpected(session, command.attendingPartner(), "attendingPartnerId");
        requireExpected(session, command.absentPartner(), "absentPartnerId");
        apply(new SoloAttendanceRecorded(planId, command.sessionId(), command.attendingPartner(),
                command.absentPartner(), command.absenceReason(), command.reasonDetail(), command.recordedBy(),
                command.recordedAt()));
    }

    @CommandHandler
    public void handle(PauseCouplesTherapy command) {
        if (couplesTherapyPaused) {
            throw new PlanRuleViolation("couples-therapy-already-paused", "Couples therapy is already paused");
        }
        apply(new CouplesTherapyPaused(planId, command.reason(), command.reviewOn(), command.pausedBy(),
                command.pausedAt()));
        jointSessions.entrySet().stream()
                .filter(entry -> entry.getValue().isStillAheadAt(command.pausedAt()))
                .sorted(Comparator.comparing((Entry<SessionId, JointSession> entry) -> entry.getValue().startsAt())
                        .thenComparing(entry -> entry.getKey().value()))
                .forEach(entry -> apply(new JointSessionCancelled(planId, entry.getKey(),
                        CancellationReason.COUPLES_THERAPY_PAUSED, command.pausedAt())));
    }

    @CommandHandler
    public void handle(ResumeCouplesTherapy command) {
        if (!couplesTherapyPaused) {
            throw new PlanRuleViolation("couples-therapy-not-paused",
                    "Couples therapy is not paused, so it cannot be resumed");
        }
        apply(new CouplesTherapyResumed(planId, command.resumedBy(), command.resumedAt()));
    }

    private JointSession sessionOpenForAttendance(SessionId sessionId, Instant recordedAt) {
        JointSession session = jointSessions.get(sessionId);
        if (session == null) {
            throw new UnknownSessionException(planId, sessionId);
        }
        switch (session.status()) {
            case CANCELLED -> throw new PlanRuleViolation("session-cancelled",
                    "Joint session " + sessionId + " was cancelled: attendance cannot be recorded");
            case ATTENDANCE_RECORDED -> throw new PlanRuleViolation("attendance-already-recorded",
                    "Attendance for joint session " + sessionId + " is already recorded");
            case SCHEDULED -> {
                // open for attendance
            }
        }
        if (recordedAt.isBefore(session.startsAt())) {
            throw new PlanRuleViolation("session-not-started",
                    "Joint session " + sessionId + " has not started yet: attendance is recorded once it has");
        }
        return session;
    }

    private void requireMembers(Collection<ParticipantId> people, String field) {
        for (ParticipantId person : people) {
            if (!members.contains(person)) {
                throw new PlanRuleViolation("not-a-plan-member",
                        field + " names participant " + person + ", who is not a member of this plan");
            }
        }
    }

    private static void requireExpected(JointSession session, ParticipantId person, String field) {
        if (!session.expectedParticipants().contains(person)) {
            throw new PlanRuleViolation("not-expected-at-session",
                    field + " names participant " + person + ", who was not expected at this joint session");
        }
    }

    @EventSourcingHandler
    void on(TreatmentPlanOpened event) {
        planId = event.planId();
        members = new HashSet<>();
        event.partners().stream().map(Partner::participantId).forEach(members::add);
        couplesTherapyPaused = false;
        jointSessions = new HashMap<>();
    }

    @EventSourcingHandler
    void on(JointSessionScheduled event) {
        jointSessions.put(event.sessionId(), new JointSession(event.startsAt(), event.expectedParticipants(),
                JointSession.Status.SCHEDULED));
    }

    @EventSourcingHandler
    void on(JointAttendanceRecorded event) {
        markSession(event.sessionId(), JointSession.Status.ATTENDANCE_RECORDED);
    }

    @EventSourcingHandler
    void on(SoloAttendanceRecorded event) {
        markSession(event.sessionId(), JointSession.Status.ATTENDANCE_RECORDED);
    }

    @EventSourcingHandler
    void on(CouplesTherapyPaused event) {
        couplesTherapyPaused = true;
    }

    @EventSourcingHandler
    void on(JointSessionCancelled event) {
        markSession(event.sessionId(), JointSession.Status.CANCELLED);
    }

    @EventSourcingHandler
    void on(CouplesTherapyResumed event) {
        couplesTherapyPaused = false;
    }

    private void markSession(SessionId sessionId, JointSession.Status status) {
        jointSessions.computeIfPresent(sessionId, (id, session) -> session.withStatus(status));
    }
}
