package care.tandem.query.absence;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.Partner;
import care.tandem.query.absence.AbsentPartnerSummaryDocument.SessionSlot;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.AVERY_NAME;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN_NAME;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

class AbsentPartnerSummaryProjectionTest {

    private static final String FIRST = "2026-03-02T15:00:00Z";
    private static final String SECOND = "2026-03-09T15:00:00Z";
    private static final String THIRD = "2026-03-16T15:00:00Z";

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private AbsentPartnerSummaryDocuments summaries;
    private Projector projector;

    @BeforeEach
    void newReadModel() {
        summaries = new AbsentPartnerSummaryDocuments(mongo.freshDatabase());
        projector = new Projector(new AbsentPartnerSummaryProjection(summaries));
        projector.project(opened(), scheduled("s-1", FIRST), scheduled("s-2", SECOND), scheduled("s-3", THIRD));
    }

    @Test
    void everyPartnerOfAnOpenedPlanStartsWithoutAbsences() {
        assertThat(summary().partners()).containsExactly(
                new Partner(AVERY.value(), AVERY_NAME, 0, 0, null),
                new Partner(JORDAN.value(), JORDAN_NAME, 0, 0, null));
    }

    @Test
    void aSessionAttendedTogetherIsEachPartnersLastAttendedSession() {
        projector.project(attendedTogether("s-1"));

        assertThat(summary().partners()).containsExactly(
                new Partner(AVERY.value(), AVERY_NAME, 0, 0, slot("s-1", FIRST)),
                new Partner(JORDAN.value(), JORDAN_NAME, 0, 0, slot("s-1", FIRST)));
    }

    @Test
    void missedSessionsCountInAllAndInARowForTheAbsentPartnerOnly() {
        projector.project(attendedTogether("s-1"),
                          jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          jordanAbsent("s-3", AbsenceReason.SCHEDULING_CONFLICT, null));

        assertThat(partner(JORDAN.value())).isEqualTo(new Partner(JORDAN.value(), JORDAN_NAME, 2, 2, slot("s-1", FIRST)));
        assertThat(partner(AVERY.value())).isEqualTo(new Partner(AVERY.value(), AVERY_NAME, 0, 0, slot("s-3", THIRD)));
    }

    @Test
    void anAttendedJointSessionEndsARunOfMisses() {
        projector.project(jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          attendedTogether("s-3"));

        assertThat(partner(JORDAN.value())).isEqualTo(new Partner(JORDAN.value(), JORDAN_NAME, 2, 0, slot("s-3", THIRD)));
    }

    @Test
    void attendanceRecordedLateDoesNotMoveTheLastAttendedSessionBack() {
        projector.project(attendedTogether("s-2"), attendedTogether("s-1"));

        assertThat(partner(AVERY.value()).lastJointSessionAttended()).isEqualTo(slot("s-2", SECOND));
    }

    @Test
    void aCancelledSessionIsNoAbsence() {
        projector.project(cancelled("s-1"));

        assertThat(partner(JORDAN.value())).isEqualTo(new Partner(JORDAN.value(), JORDAN_NAME, 0, 0, null));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projector.project(jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null));
        AbsentPartnerSummaryDocument before = summary();

        projector.redeliver(4);
        projector.redeliver(1);

        assertThat(summary()).isEqualTo(before);
        assertThat(partner(JORDAN.value()).jointSessionsMissed()).isEqualTo(1);
    }

    @Test
    void aResetForgetsEverySummary() {
        projector.reset();

        assertThat(summaries.find(PLAN)).isEmpty();
    }

    private AbsentPartnerSummaryDocument summary() {
        return summaries.find(PLAN).orElseThrow();
    }

    private Partner partner(String participantId) {
        return summary().partners().stream()
                .filter(partner -> partner.participantId().equals(participantId))
                .findFirst()
                .orElseThrow();
    }

    private static SessionSlot slot(String sessionId, String startsAt) {
        return new SessionSlot(sessionId, Instant.parse(startsAt));
    }
}
