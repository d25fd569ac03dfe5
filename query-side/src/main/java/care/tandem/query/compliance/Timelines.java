package care.tandem.query.compliance;

import care.tandem.query.api.InvalidParameterException;
import care.tandem.query.api.PeriodArgumentResolver;
import care.tandem.query.audit.AttendanceAuditDocument;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Where a replay stands on each of the two timelines of an attendance fact. {@code asOf}, on the record's timeline:
 * only facts the event store had appended by then (null: every fact recorded so far). {@code occurredBefore}, on the
 * timeline of what happened: only facts about sessions that started before then (null: every session).
 */
record Timelines(Instant asOf, Instant occurredBefore) {

    static final String AS_OF = "asOf";
    static final String OCCURRED_BEFORE = "occurredBefore";

    static Timelines parse(String asOf, String occurredBefore) {
        return new Timelines(instant(AS_OF, asOf), instant(OCCURRED_BEFORE, occurredBefore));
    }

    /** A fact whose session start is unknown cannot be shown to lie before {@code occurredBefore}, so it is left out. */
    boolean admits(AttendanceAuditDocument.Entry entry) {
        boolean recordedByThen = asOf == null || !entry.provenance().eventTimestamp().isAfter(asOf);
        boolean occurredBeforeThen = occurredBefore == null
                || (entry.sessionStartsAt() != null && entry.sessionStartsAt().isBefore(occurredBefore));
        return recordedByThen && occurredBeforeThen;
    }

    private static Instant instant(String parameter, String text) {
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "an ISO-8601 instant in UTC, e.g. 2026-11-16T15:00:00Z");
        }
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        if (year < PeriodArgumentResolver.FIRST_YEAR || year > PeriodArgumentResolver.LAST_YEAR) {
            throw new InvalidParameterException(parameter, "an instant of a year from "
                    + PeriodArgumentResolver.FIRST_YEAR + " to " + PeriodArgumentResolver.LAST_YEAR);
        }
        return instant;
    }
}
