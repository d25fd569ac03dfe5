package care.tandem.query.audit;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.query.audit.AttendanceAuditDocument.Entry;
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
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanStream.correlationIdOf;
import static care.tandem.query.testing.PlanStream.timestampOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AttendanceAuditProjectionTest {

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

        assertThat(audit().entries()).isEmpty();
    }

    @Test
    void jointAttendanceIsRecordedWithItsProvenance() {
        projector.project(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"), attendedTogether("s-1"));

        assertThat(audit().entries()).containsExactly(new Entry(
                2, "s-1", AttendanceKind.JOINT, List.of(AVERY.value(), JORDAN.value()), null, null, null, null,
                CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(2), timestampOf(2)));
    }

    @Test
    void soloAttendanceIsRecordedWithTheAbsenceReasonAndItsDetail() {
        projector.project(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"),
                          jordanAbsent("s-1", AbsenceReason.OTHER, "travelling for work"));

        assertThat(audit().entries()).containsExactly(new Entry(
                2, "s-1", AttendanceKind.SOLO, null, AVERY.value(), JORDAN.value(), AbsenceReason.OTHER,
                "travelling for work", CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(2),
                timestampOf(2)));
    }

    @Test
    void factsStayInTheOrderThePlanRecordedThemAndOnlyAttendanceCounts() {
        projector.project(opened(),
                          scheduled("s-1", "2026-03-02T15:00:00Z"),
                          scheduled("s-2", "2026-03-09T15:00:00Z"),
                          scheduled("s-3", "2026-03-16T15:00:00Z"),
                          jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, null),
                          cancelled("s-3"),
                          attendedTogether("s-1"));

        assertThat(audit().entries()).extracting(Entry::sequenceNumber, Entry::sessionId, Entry::kind)
                .containsExactly(
                        tuple(4L, "s-2", AttendanceKind.SOLO),
                        tuple(6L, "s-1", AttendanceKind.JOINT));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projector.project(opened(), scheduled("s-1", "2026-03-02T15:00:00Z"), attendedTogether("s-1"));
        AttendanceAuditDocument before = audit();

        projector.redeliver(2);
        projector.redeliver(0);

        assertThat(audit()).isEqualTo(before);
        assertThat(audit().entries()).hasSize(1);
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
}
