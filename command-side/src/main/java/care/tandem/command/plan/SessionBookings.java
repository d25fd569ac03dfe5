package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import java.time.Instant;
import java.util.List;

/**
 * Who is booked when, across every plan: the cross-aggregate rule that nobody (participant or clinician)
 * is in two overlapping sessions. Implementations must be consistent (same transaction as the events), not
 * read from the eventually-consistent query side.
 */
public interface SessionBookings {

    /**
     * Books the participants and the clinician of a session, or throws a {@link PlanRuleViolation}
     * ({@code double-booking}) naming the first person already booked in an overlapping session. The same
     * session id in several plans (a multi-family group) never conflicts with itself.
     */
    void book(PlanId planId, SessionId sessionId, Instant startsAt, int durationMinutes,
              List<ParticipantId> participants, ClinicianId clinician);

    /** Frees everyone a session of this plan had booked. */
    void release(PlanId planId, SessionId sessionId);
}
