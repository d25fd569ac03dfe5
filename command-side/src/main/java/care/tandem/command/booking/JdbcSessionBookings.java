package care.tandem.command.booking;

import care.tandem.command.jdbc.SqlStates;
import care.tandem.command.plan.PlanRuleViolation;
import care.tandem.command.plan.SessionBookings;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bookings in PostgreSQL, joined to the command's transaction (Axon's Spring transaction manager and this
 * JdbcTemplate share the DataSource's transaction). A conflict is found by query first, for a message that
 * names who is double-booked; the exclusion constraint settles the race the query cannot see.
 */
@Component
class JdbcSessionBookings implements SessionBookings {

    private final JdbcTemplate jdbc;

    JdbcSessionBookings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void book(PlanId planId, SessionId sessionId, Instant startsAt, int durationMinutes,
                     List<ParticipantId> participants, ClinicianId clinician) {
        Timestamp from = Timestamp.from(startsAt);
        Timestamp to = Timestamp.from(startsAt.plusSeconds(60L * durationMinutes));
        List<String> booked = new ArrayList<>();
        participants.forEach(participant -> booked.add("participant:" + participant.value()));
        booked.add("clinician:" + clinician.value());
        String[] people = booked.toArray(String[]::new);
        // One round trip each: the first person (in the session's order) with a clash, then everyone's booking.
        List<Map<String, Object>> clash = jdbc.queryForList(
                "select booked, session_id from session_booking where booked = any(?) and session_id <> ? "
                        + "and period && tstzrange(?, ?) order by array_position(?, booked) limit 1",
                people, sessionId.value(), from, to, people);
        if (!clash.isEmpty()) {
            throw doubleBooking((String) clash.get(0).get("booked"), (String) clash.get(0).get("session_id"));
        }
        try {
            jdbc.update("insert into session_booking (plan_id, session_id, booked, period) "
                    + "select ?, ?, person, tstzrange(?, ?) from unnest(?) as person",
                    planId.value(), sessionId.value(), from, to, people);
        } catch (DataIntegrityViolationException e) {
            if (SqlStates.hasState(e, SqlStates.EXCLUSION_VIOLATION)) {
                throw doubleBooking("someone in this session", "a session booked at the same moment");
            }
            throw e;
        }
    }

    @Override
    public void release(PlanId planId, SessionId sessionId) {
        jdbc.update("delete from session_booking where plan_id = ? and session_id = ?", planId.value(),
                sessionId.value());
    }

    private static PlanRuleViolation doubleBooking(String person, String otherSession) {
        return new PlanRuleViolation("double-booking",
                person.replace(':', ' ') + " is already booked in overlapping session " + otherSession);
    }
}
