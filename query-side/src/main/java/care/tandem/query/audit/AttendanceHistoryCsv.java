package care.tandem.query.audit;

import care.tandem.query.api.CsvRows;
import care.tandem.query.audit.AttendanceAuditResponse.Entry;
import care.tandem.query.readmodel.AttendanceFact;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An {@link AttendanceHistory} as CSV (RFC 4180: a header row, CRLF line ends, a field quoted when it holds a comma,
 * a double quote or a line break, its quotes doubled): one row per participant per fact, in recorded order;
 * {@code stands} says whether that row's attendance is the one that stands.
 * <p>
 * Spreadsheet apps run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula. Reasons are
 * free text a clinician typed, and ids may start with {@code -}, so every cell that starts so gets a leading
 * apostrophe (OWASP's advice): a spreadsheet shows it as text, and a program reading the file sees the apostrophe.
 */
final class AttendanceHistoryCsv {

    static final List<String> HEADER = List.of(
            "sequenceNumber", "eventTimestamp", "recordedAt", "recordedBy", "actor", "correlationId", "sessionId",
            "sessionStartsAt", "kind", "participantId", "status", "minutesLate", "minutesLeftEarly", "absenceReason",
            "attendedMinutes", "reasonDetail", "therapistJudgement", "adjustedFocus", "correctionReason",
            "correctsSequenceNumber", "stands");

    private static final String LINE_END = "\r\n";

    private AttendanceHistoryCsv() {
    }

    static String write(AttendanceHistory history) {
        StringBuilder csv = new StringBuilder();
        appendRow(csv, HEADER);
        for (Entry fact : history.facts()) {
            for (AttendanceFact attendance : fact.attendance()) {
                appendRow(csv, row(fact, attendance, history.stands(fact.sequenceNumber(), attendance.participantId())));
            }
        }
        return csv.toString();
    }

    /** The absence reason's detail is the absent participant's own, so it stands on their row alone. */
    private static List<String> row(Entry fact, AttendanceFact attendance, boolean stands) {
        boolean absentPartner = attendance.participantId().equals(fact.absentPartner());
        return Stream.of(fact.sequenceNumber(), fact.eventTimestamp(), fact.recordedAt(), fact.recordedBy(),
                         fact.actor(), fact.correlationId(), fact.sessionId(), fact.sessionStartsAt(), fact.kind(),
                         attendance.participantId(), attendance.status(), attendance.minutesLate(),
                         attendance.minutesLeftEarly(), attendance.absenceReason(), attendance.attendedMinutes(),
                         absentPartner ? fact.reasonDetail() : null, fact.therapistJudgement(), fact.adjustedFocus(),
                         fact.correctionReason(), fact.correctsSequenceNumber(), stands)
                .map(value -> Objects.toString(value, ""))
                .toList();
    }

    private static void appendRow(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(AttendanceHistoryCsv::cell).collect(Collectors.joining(","))).append(LINE_END);
    }

    static String cell(String value) {
        return CsvRows.cell(value);
    }
}
