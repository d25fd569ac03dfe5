package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A consistent, in-memory {@link SessionBookings} for aggregate tests. Like the real one it books every
 * participant and the clinician of a session, refuses a person already booked in an overlapping session of
 * any plan ({@code double-booking}), and never lets a session id conflict with itself, so a multi-family
 * group scheduled in several plans under one id books fine. Sessions are half-open intervals: one may start
 * the minute the previous one ends.
 */
final class InMemorySessionBookings implements SessionBookings {

    private record Key(PlanId planId, SessionId sessionId) {
    }

    private record Booking(Instant startsAt, Instant endsAt, List<String> people) {

        boolean overlaps(Instant start, Instant end) {
            return startsAt.isBefore(end) && start.isBefore(endsAt);
        }
    }

    private final Map<Key, Booking> bookings = new LinkedHashMap<>();

    @Override
    public void book(PlanId planId, SessionId sessionId, Instant startsAt, int durationMinutes,
                     List<ParticipantId> participants, ClinicianId clinician) {
        Instant endsAt = startsAt.plusSeconds(60L * durationMinutes);
        List<String> people = people(participants, clinician);
        for (String person : people) {
            for (Map.Entry<Key, Booking> other : bookings.entrySet()) {
                boolean sameSession = other.getKey().sessionId().equals(sessionId);
                if (!sameSession && other.getValue().people().contains(person)
                        && other.getValue().overlaps(startsAt, endsAt)) {
                    throw new PlanRuleViolation("double-booking",
                            person + " is already booked in an overlapping session");
                }
            }
        }
        bookings.put(new Key(planId, sessionId), new Booking(startsAt, endsAt, people));
    }

    @Override
    public void release(PlanId planId, SessionId sessionId) {
        bookings.remove(new Key(planId, sessionId));
    }

    /** Books a session of another plan (or this one) directly, as if another aggregate had. */
    InMemorySessionBookings withBooking(PlanId planId, SessionId sessionId, Instant startsAt, int durationMinutes,
                                        List<ParticipantId> participants, ClinicianId clinician) {
        book(planId, sessionId, startsAt, durationMinutes, participants, clinician);
        return this;
    }

    boolean isBooked(PlanId planId, SessionId sessionId) {
        return bookings.containsKey(new Key(planId, sessionId));
    }

    /** When a booked session of this plan starts, or null if it is not booked. */
    Instant bookedStart(PlanId planId, SessionId sessionId) {
        Booking booking = bookings.get(new Key(planId, sessionId));
        return booking == null ? null : booking.startsAt();
    }

    /** Sessions (of any plan) someone is booked in. */
    List<SessionId> sessionsOf(ParticipantId participant) {
        String person = participant(participant);
        List<SessionId> sessions = new ArrayList<>();
        bookings.forEach((key, booking) -> {
            if (booking.people().contains(person)) {
                sessions.add(key.sessionId());
            }
        });
        return sessions;
    }

    private static List<String> people(List<ParticipantId> participants, ClinicianId clinician) {
        List<String> people = new ArrayList<>();
        participants.forEach(participant -> people.add(participant(participant)));
        people.add("Clinician " + Objects.requireNonNull(clinician).value());
        return people;
    }

    private static String participant(ParticipantId participant) {
        return "Participant " + participant.value();
    }
}
