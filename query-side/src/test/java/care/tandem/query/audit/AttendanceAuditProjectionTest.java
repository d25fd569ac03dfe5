package care.tandem.query.audit;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.query.audit.AttendanceAuditResponse.Entry;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RECORDED_AT;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.noShow;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanStream.correlationIdOf;
import static care.tandem.query.testing.PlanStream.timestampOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AttendanceAuditProjectionTest {

    private static final String FIRST = "2026-03-02T15:00:00Z";
    private static final String SECOND = "2026-03-09T15:00:00Z";
    private static final String THIRD = "2026-03-16T15:00:00Z";

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private AttendanceAuditDocuments audits;
    private Projector projector;

    @BeforeEach
    void newReadModel() {
        audits = new AttendanceAuditDocuments(mongo.freshDatabase());
        projector = new Projector(new AttendanceAuditProjection(audits));
    }

    @Test
    void anOpenedPlanHasAnEmptyAuditTrail() {
        projector.project(opened());

        assertThat(entries()).isEmpty();
    }

    @Test
    void jointAttendanceIsRecordedWithItsProvenance() {
        projector.project(opened(), scheduled("s-1", FIRST), attendedTogether("s-1"));

        assertThat(entries()).containsExactly(new Entry(
                2, "s-1", AttendanceKind.JOINT, List.of(AVERY.value(), JORDAN.value()), null, null, null, null, null,
                null, null, null, null, CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(2),
                timestampOf(2)));
    }

    @Test
    void soloAttendanceIsRecordedWithTheAbsenceReasonItsDetailAndTheTherapistsView() {
        projector.project(opened(), scheduled("s-1", FIRST),
                          jordanAbsent("s-1", AbsenceReason.OTHER, "travelling for work"));

        assertThat(entries()).containsExactly(new Entry(
                2, "s-1", AttendanceKind.SOLO, null, AVERY.value(), JORDAN.value(), AbsenceReason.OTHER,
                "travelling for work", TherapistJudgement.ABSENCE_HINDERS_PROGRESS, AdjustedFocus.RELAPSE_PREVENTION,
                null, null, null, CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(2),
                timestampOf(2)));
    }

    @Test
    void eachParticipantsAttendanceIsRecordedForASessionOfAnyKind() {
        projector.project(opened(), scheduled("s-1", SessionKind.FAMILY, FIRST, List.of(AVERY, JORDAN), null, null),
                          attendance("s-1", late(AVERY, 5), noShow(JORDAN)));

        assertThat(entries()).containsExactly(new Entry(
                2, "s-1", AttendanceKind.PER_PARTICIPANT, null, null, null, null, null, null, null,
                List.of(AttendanceFact.of(late(AVERY, 5)), AttendanceFact.of(noShow(JORDAN))), null, null,
                CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(2), timestampOf(2)));
    }

    @Test
    void aCorrectionStandsBesideTheFactItCorrectsAndNamesIt() {
        projector.project(opened(), scheduled("s-1", FIRST), scheduled("s-2", SECOND),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null),
                          attendedTogether("s-2"),
                          corrected("s-1", late(JORDAN, 20), "joined late from work"),
                          corrected("s-1", present(JORDAN), "was on time, camera off"),
                          corrected("s-1", present(AVERY), "confirmed"));

        assertThat(entries()).containsExactly(
                entries().get(0),
                entries().get(1),
                new Entry(5, "s-1", AttendanceKind.CORRECTION, null, null, null, null, null, null, null,
                          List.of(AttendanceFact.of(late(JORDAN, 20))), "joined late from work", 3L,
                          CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(5), timestampOf(5)),
                new Entry(6, "s-1", AttendanceKind.CORRECTION, null, null, null, null, null, null, null,
                          List.of(AttendanceFact.of(present(JORDAN))), "was on time, camera off", 5L,
                          CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(6), timestampOf(6)),
                new Entry(7, "s-1", AttendanceKind.CORRECTION, null, null, null, null, null, null, null,
                          List.of(AttendanceFact.of(present(AVERY))), "confirmed", 3L,
                          CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(7), timestampOf(7)));
        assertThat(entries().get(0).kind()).as("the original stays as recorded").isEqualTo(AttendanceKind.SOLO);
    }

    @Test
    void factsStayInTheOrderThePlanRecordedThemAndOnlyAttendanceCounts() {
        projector.project(opened(),
                          scheduled("s-1", FIRST),
                          scheduled("s-2", SECOND),
                          scheduled("s-3", THIRD),
                          jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, null),
                          cancelled("s-3"),
                          attendedTogether("s-1"));

        assertThat(entries()).extracting(Entry::sequenceNumber, Entry::sessionId, Entry::kind)
                .containsExactly(
                        tuple(4L, "s-2", AttendanceKind.SOLO),
                        tuple(6L, "s-1", AttendanceKind.JOINT));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projector.project(opened(), scheduled("s-1", FIRST), attendedTogether("s-1"),
                          corrected("s-1", noShow(JORDAN), "left before it began"));
        AttendanceAuditDocument before = audit();

        projector.redeliver(2);
        projector.redeliver(3);
        projector.redeliver(0);

        assertThat(audit()).isEqualTo(before);
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aResetForgetsEveryAudit() {
        projector.project(opened());

        projector.reset();

        assertThat(audits.find(PLAN)).isEmpty();
    }

    private AttendanceAuditDocument audit() {
        return audits.find(PLAN).orElseThrow();
    }

    private List<Entry> entries() {
        return AttendanceAuditResponse.from(audit()).entries();
    }
}
