package care.tandem.query.audit;

import care.tandem.query.api.InstantParameter;

import java.time.Instant;

/**
 * Where a replay stands on each of the two timelines of an attendance fact. {@code asOf}, on the record's timeline:
 * only facts the event store had appended by then (null: every fact recorded so far). {@code occurredBefore}, on the
 * timeline of what happened: only facts about sessions that started before then (null: every session).
 */
record Timelines(Instant asOf, Instant occurredBefore) {

    static final String AS_OF = "asOf";
    static final String OCCURRED_BEFORE = "occurredBefore";

    static Timelines parse(String asOf, String occurredBefore) {
        return new Timelines(InstantParameter.parse(AS_OF, asOf),
                InstantParameter.parse(OCCURRED_BEFORE, occurredBefore));
    }

    /** A fact whose session start is unknown cannot be shown to lie before {@code occurredBefore}, so it is left out. */
    boolean admits(AttendanceAuditDocument.Entry entry) {
        boolean recordedByThen = asOf == null || !entry.provenance().eventTimestamp().isAfter(asOf);
        boolean occurredBeforeThen = occurredBefore == null
                || (entry.sessionStartsAt() != null && entry.sessionStartsAt().isBefore(occurredBefore));
        return recordedByThen && occurredBeforeThen;
    }
}
