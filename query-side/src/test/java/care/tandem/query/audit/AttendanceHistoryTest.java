package care.tandem.query.audit;

import care.tandem.events.plan.AttendanceStatus;
import care.tandem.query.api.InvalidParameterException;
import care.tandem.query.audit.AttendanceHistory.SessionAttendance;
import care.tandem.query.audit.AttendanceHistory.Standing;
import care.tandem.query.readmodel.AttendanceKind;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static care.tandem.query.audit.AuditEntries.appendedAt;
import static care.tandem.query.audit.AuditEntries.audit;
import static care.tandem.query.audit.AuditEntries.correction;
import static care.tandem.query.audit.AuditEntries.fact;
import static care.tandem.query.audit.AuditEntries.joint;
import static care.tandem.query.audit.AuditEntries.solo;
import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AttendanceHistoryTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T15:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-03-04T15:00:00Z");

    /**
     * Recorded out of calendar order: Tuesday's joint session (3), Monday's solo one (5), Wednesday's joint one (6);
     * then Jordan's absence on Monday is corrected to late (8), and that correction corrected to attended (9).
     */
    private final AttendanceAuditDocument audit = audit(
            joint(3, "s-tue", TUESDAY),
            solo(5, "s-mon", MONDAY, "flat tyre"),
            joint(6, "s-wed", WEDNESDAY),
            correction(8, "s-mon", MONDAY, fact(JORDAN.value(), AttendanceStatus.LATE), "came after all", 5),
            correction(9, "s-mon", MONDAY, fact(JORDAN.value(), AttendanceStatus.ATTENDED), "on time", 8));

    @Test
    void withoutTimelinesEveryFactIsToldAndTheLatestCorrectionStands() {
        AttendanceHistory history = AttendanceHistory.of(audit, Timelines.parse(null, null));

        assertThat(history.facts()).extracting(AttendanceAuditResponse.Entry::sequenceNumber)
                .containsExactly(3L, 5L, 6L, 8L, 9L);
        assertThat(history.facts().get(1).correctedBy()).containsExactly(8L);
        assertThat(standing(history)).containsExactly(
                tuple("s-mon", AVERY.value(), AttendanceStatus.ATTENDED, 5L, AttendanceKind.SOLO),
                tuple("s-mon", JORDAN.value(), AttendanceStatus.ATTENDED, 9L, AttendanceKind.CORRECTION),
                tuple("s-tue", AVERY.value(), AttendanceStatus.ATTENDED, 3L, AttendanceKind.JOINT),
                tuple("s-tue", JORDAN.value(), AttendanceStatus.ATTENDED, 3L, AttendanceKind.JOINT),
                tuple("s-wed", AVERY.value(), AttendanceStatus.ATTENDED, 6L, AttendanceKind.JOINT),
                tuple("s-wed", JORDAN.value(), AttendanceStatus.ATTENDED, 6L, AttendanceKind.JOINT));
        assertThat(history.standing()).extracting(SessionAttendance::sessionStartsAt)
                .containsExactly(MONDAY, TUESDAY, WEDNESDAY);
    }

    /** asOf includes a fact appended at that very instant, and nothing appended after it. */
    @ParameterizedTest
    @CsvSource({
            "2, '',        ",
            "3, 3,         ",
            "5, '3,5',     ABSENT",
            "7, '3,5,6',   ABSENT",
            "8, '3,5,6,8', LATE"})
    void asOfTellsTheRecordAsItStoodThenBeforeAnyLaterCorrection(long appendedBy, String told,
                                                                 AttendanceStatus jordanOnMonday) {
        AttendanceHistory history = AttendanceHistory.of(audit,
                                                         Timelines.parse(appendedAt(appendedBy).toString(), null));

        assertThat(history.asOf()).isEqualTo(appendedAt(appendedBy));
        assertThat(history.facts()).extracting(entry -> String.valueOf(entry.sequenceNumber()))
                .containsExactly(told.isEmpty() ? new String[0] : told.split(","));
        assertThat(standingStatus(history, "s-mon", JORDAN.value())).isEqualTo(jordanOnMonday);
    }

    @Test
    void aFactAppendedAMomentAfterAsOfIsNotYetOnTheRecord() {
        AttendanceHistory history = AttendanceHistory.of(
                audit, Timelines.parse(appendedAt(3).minusNanos(1).toString(), null));

        assertThat(history.facts()).isEmpty();
        assertThat(history.standing()).isEmpty();
    }

    @Test
    void occurredBeforeTellsWhatHadHappenedByThenAsKnownNowCorrectionsIncluded() {
        AttendanceHistory history = AttendanceHistory.of(audit, Timelines.parse(null, TUESDAY.toString()));

        assertThat(history.facts()).as("a session starting at occurredBefore had not happened before it")
                .extracting(AttendanceAuditResponse.Entry::sequenceNumber).containsExactly(5L, 8L, 9L);
        assertThat(standing(history)).containsExactly(
                tuple("s-mon", AVERY.value(), AttendanceStatus.ATTENDED, 5L, AttendanceKind.SOLO),
                tuple("s-mon", JORDAN.value(), AttendanceStatus.ATTENDED, 9L, AttendanceKind.CORRECTION));
    }

    @Test
    void bothTimelinesTogetherTellWhatTheRecordSaidThenAboutWhatHadHappenedBefore() {
        AttendanceHistory history = AttendanceHistory.of(audit, Timelines.parse(appendedAt(8).toString(),
                                                                                WEDNESDAY.toString()));

        assertThat(history.facts()).extracting(AttendanceAuditResponse.Entry::sequenceNumber)
                .containsExactly(3L, 5L, 8L);
        assertThat(history.facts().get(1).correctedBy()).as("only corrections on the record by then")
                .containsExactly(8L);
        assertThat(standingStatus(history, "s-mon", JORDAN.value())).isEqualTo(AttendanceStatus.LATE);
        assertThat(standingStatus(history, "s-wed", JORDAN.value())).as("Wednesday had not happened").isNull();
        assertThat(history.stands(5, JORDAN.value())).isFalse();
        assertThat(history.stands(8, JORDAN.value())).isTrue();
        assertThat(history.stands(5, AVERY.value())).isTrue();
    }

    @Test
    void aFactAboutASessionNeverScheduledIsLeftOutOnlyWhenAskingWhatOccurredBefore() {
        AttendanceAuditDocument withoutStart = audit(joint(3, "s-unknown", null), joint(4, "s-tue", TUESDAY));

        assertThat(AttendanceHistory.of(withoutStart, Timelines.parse(null, WEDNESDAY.toString())).facts())
                .extracting(AttendanceAuditResponse.Entry::sessionId).containsExactly("s-tue");
        assertThat(AttendanceHistory.of(withoutStart, Timelines.parse(null, null)).standing())
                .extracting(SessionAttendance::sessionId).containsExactly("s-tue", "s-unknown");
    }

    @ParameterizedTest
    @CsvSource({"asOf, 2026-03-20", "asOf, yesterday", "occurredBefore, 2026-03-20T10:00", "occurredBefore, ' '",
            "asOf, +99999-12-16T18:00:00Z", "occurredBefore, 0001-01-01T00:00:00Z"})
    void anInstantThatIsNoInstantIsAProblemNamingTheParameter(String parameter, String text) {
        assertThatThrownBy(() -> Timelines.parse(parameter.equals("asOf") ? text : null,
                                                 parameter.equals("asOf") ? null : text))
                .isInstanceOfSatisfying(InvalidParameterException.class, problem -> {
                    assertThat(problem.getBody().getProperties()).containsEntry("parameter", parameter);
                    assertThat(problem.getBody().getProperties()).containsKey("rule");
                });
    }

    /** (session, participant, status, sequence number and kind of the fact it stands on), in the replay's order. */
    private static List<Tuple> standing(AttendanceHistory history) {
        return history.standing().stream()
                .flatMap(session -> session.attendance().stream().map(standing -> tuple(
                        session.sessionId(), standing.attendance().participantId(), standing.attendance().status(),
                        standing.sequenceNumber(), standing.kind())))
                .toList();
    }

    private static AttendanceStatus standingStatus(AttendanceHistory history, String sessionId, String participantId) {
        return history.standing().stream()
                .filter(session -> session.sessionId().equals(sessionId))
                .flatMap(session -> session.attendance().stream())
                .map(Standing::attendance)
                .filter(attendance -> attendance.participantId().equals(participantId))
                .map(attendance -> attendance.status())
                .findFirst()
                .orElse(null);
    }
}
