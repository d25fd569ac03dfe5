package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Booking the plan's sessions: who a session may expect, when joint sessions may be scheduled or moved, makeup
 * sessions against an open offer, and no double booking across plans (through {@link SessionBookings}).
 */
final class Scheduling {

    private final PlanId planId;
    private final PlanSessions sessions;
    private final Membership membership;
    private final CouplesWork couplesWork;
    private final SessionBookings bookings;

    Scheduling(PlanId planId, PlanSessions sessions, Membership membership, CouplesWork couplesWork,
               SessionBookings bookings) {
        this.planId = planId;
        this.sessions = sessions;
        this.membership = membership;
        this.couplesWork = couplesWork;
        this.bookings = bookings;
    }

    void schedule(ScheduleSession command) {
        if (sessions.contains(command.sessionId())) {
            throw new PlanRuleViolation("session-already-scheduled",
                    "Session " + command.sessionId() + " is already scheduled on this plan");
        }
        membership.requireMembers(command.participants(), "participantIds");
        if (command.kind() == SessionKind.COUPLES) {
            couplesWork.requireActive(membership);
            if (!new HashSet<>(command.participants()).equals(membership.partners())) {
                throw new PlanRuleViolation("joint-session-needs-both-partners",
                        "A joint session expects exactly the plan's two partners");
            }
        }
        if (command.makeupFor() != null) {
            sessions.followUp(command.makeupFor()).requireMakeupMayBeScheduled(command.makeupFor(),
                    command.participants());
        }
        bookings.book(planId, command.sessionId(), command.startsAt(), command.durationMinutes(),
                command.participants(), command.clinician());
        apply(new SessionScheduled(planId, command.sessionId(), command.kind(), command.startsAt(),
                command.durationMinutes(), command.clinician(), command.participants(), command.locationMode(),
                command.makeupFor(), null));
    }

    void reschedule(RescheduleSession command) {
        PlanSession session = sessions.scheduled(command.sessionId());
        if (session.isJoint()) {
            couplesWork.requireActive(membership);
        }
        bookings.release(planId, command.sessionId());
        bookings.book(planId, command.sessionId(), command.startsAt(), command.durationMinutes(),
                session.participants(), session.clinician());
        apply(new SessionRescheduled(planId, command.sessionId(), command.startsAt(), command.durationMinutes(),
                command.rescheduledBy(), command.rescheduledAt()));
    }

    void cancel(CancelSession command) {
        sessions.scheduled(command.sessionId());
        bookings.release(planId, command.sessionId());
        apply(new SessionCancelled(planId, command.sessionId(), command.reason(), command.cancelledAt()));
    }

    /** Cancels the sessions still ahead that match, earliest first, as a member leaving or a discharge requires. */
    void cancelAhead(Instant at, CancellationReason reason, Predicate<PlanSession> which) {
        for (Map.Entry<SessionId, PlanSession> ahead : sessions.ahead(at, which)) {
            bookings.release(planId, ahead.getKey());
            apply(new SessionCancelled(planId, ahead.getKey(), reason, at));
        }
    }

    /** A pause cancels the joint sessions ahead, and may turn each into individual sessions for the partners. */
    void cancelJointSessionsForPause(PauseCouplesTherapy command, boolean convertToIndividual) {
        for (Map.Entry<SessionId, PlanSession> joint : sessions.ahead(command.pausedAt(), PlanSession::isJoint)) {
            bookings.release(planId, joint.getKey());
            apply(new SessionCancelled(planId, joint.getKey(), CancellationReason.COUPLES_THERAPY_PAUSED,
                    command.pausedAt()));
            if (convertToIndividual) {
                convertToIndividualSessions(joint.getKey(), joint.getValue());
            }
        }
    }

    /** A joint slot becomes consecutive individual sessions, one per partner, same clinician. */
    private void convertToIndividualSessions(SessionId jointId, PlanSession joint) {
        int firstHalf = joint.durationMinutes() / 2;
        if (firstHalf == 0) {
            return;
        }
        Instant start = joint.startsAt();
        int[] durations = {firstHalf, joint.durationMinutes() - firstHalf};
        for (int i = 0; i < joint.participants().size() && i < durations.length; i++) {
            ParticipantId partner = joint.participants().get(i);
            SessionId individual = derivedSessionId(jointId, partner);
            bookings.book(planId, individual, start, durations[i], List.of(partner), joint.clinician());
            apply(new SessionScheduled(planId, individual, SessionKind.INDIVIDUAL, start, durations[i],
                    joint.clinician(), List.of(partner), LocationMode.SEPARATE_LOCATIONS, null, jointId));
            start = start.plusSeconds(60L * durations[i]);
        }
    }

    static SessionId derivedSessionId(SessionId from, ParticipantId partner) {
        return SessionId.of(UUID.nameUUIDFromBytes((from.value() + "/" + partner.value())
                .getBytes(StandardCharsets.UTF_8)).toString());
    }
}
