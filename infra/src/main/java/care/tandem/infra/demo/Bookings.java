package care.tandem.infra.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is booked when, as the script books them: the generator's own copy of the command side's rule that no
 * participant or clinician is in two overlapping sessions (the same session id in several plans is one
 * multi-family group). A clash here is a bug of the generator, never something to send.
 */
final class Bookings {

    private record Booking(String sessionId, Instant start, Instant end) {

        boolean overlaps(String otherSession, Instant otherStart, Instant otherEnd) {
            return !sessionId.equals(otherSession) && start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }

    private final Map<String, List<Booking>> byPerson = new HashMap<>();

    boolean isFree(String person, String sessionId, Instant start, Instant end) {
        return byPerson.getOrDefault(person, List.of()).stream()
                .noneMatch(booking -> booking.overlaps(sessionId, start, end));
    }

    boolean areFree(List<String> people, String sessionId, Instant start, Instant end) {
        return people.stream().allMatch(person -> isFree(person, sessionId, start, end));
    }

    void book(List<String> people, String sessionId, Instant start, Instant end) {
        for (String person : people) {
            if (!isFree(person, sessionId, start, end)) {
                throw new IllegalStateException("demo script double-books session " + sessionId);
            }
        }
        people.forEach(person -> byPerson.computeIfAbsent(person, any -> new ArrayList<>())
                .add(new Booking(sessionId, start, end)));
    }

    void release(String sessionId) {
        byPerson.values().forEach(bookings -> bookings.removeIf(booking -> booking.sessionId.equals(sessionId)));
    }

    /** The preferred clinician if free, else the first free one in the given order. */
    Optional<String> freeClinician(String preferred, List<String> clinicians, String sessionId, Instant start,
                                   Instant end) {
        if (isFree(preferred, sessionId, start, end)) {
            return Optional.of(preferred);
        }
        return clinicians.stream().filter(clinician -> isFree(clinician, sessionId, start, end)).findFirst();
    }
}
