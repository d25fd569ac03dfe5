package care.tandem.query.absence;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.ConcernTrigger;
import care.tandem.events.plan.SessionKind;
import care.tandem.query.absence.AbsentPartnerSummaryResponse.AttendedSession;
import care.tandem.query.absence.AbsentPartnerSummaryResponse.ConcernHistory;
import care.tandem.query.absence.AbsentPartnerSummaryResponse.OpenFollowUp;
import care.tandem.query.absence.AbsentPartnerSummaryResponse.ParticipationConcern;
import care.tandem.query.absence.AbsentPartnerSummaryResponse.Partner;
import care.tandem.query.testing.InMemoryMongo;
import com.mongodb.client.MongoDatabase;
import care.tandem.query.testing.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.AVERY_NAME;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN_NAME;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RECORDED_AT;
import static care.tandem.query.testing.PlanFixtures.absent;
import static care.tandem.query.testing.PlanFixtures.added;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.concernAboutJordan;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.left;
import static care.tandem.query.testing.PlanFixtures.makeupAttendedByJordan;
import static care.tandem.query.testing.PlanFixtures.makeupDeclinedByJordan;
import static care.tandem.query.testing.PlanFixtures.makeupOfferedToJordan;
import static care.tandem.query.testing.PlanFixtures.makeupScheduled;
import static care.tandem.query.testing.PlanFixtures.noShow;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.partnersInformed;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.rescheduled;
import static care.tandem.query.testing.PlanFixtures.riley;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanFixtures.summaryOfferedToJordan;
import static care.tandem.query.testing.PlanFixtures.summarySharedWithJordan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AbsentPartnerSummaryProjectionTest {

    private static final String FIRST = "2026-03-02T15:00:00Z";
    private static final String SECOND = "2026-03-09T15:00:00Z";
    private static final String THIRD = "2026-03-16T15:00:00Z";
    private static final String LATER = "2026-03-20T15:00:00Z";

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private AbsentPartnerSummaryDocuments summaries;
    private Projector projector;

    @BeforeEach
    void newReadModel() {
        MongoDatabase database = mongo.freshDatabase();
        summaries = new AbsentPartnerSummaryDocuments(database);
        projector = new Projector(new AbsentPartnerSummaryProjection(summaries, new OpenFollowUps(database)));
        projector.project(opened(), scheduled("s-1", FIRST), scheduled("s-2", SECOND), scheduled("s-3", THIRD));
    }

    @Test
    void everyPartnerOfAnOpenedPlanStartsWithoutAbsences() {
        assertThat(summary().partners()).containsExactly(withoutAbsences(AVERY.value(), AVERY_NAME, null),
                                                         withoutAbsences(JORDAN.value(), JORDAN_NAME, null));
    }

    @Test
    void onlyPartnersAreSummarisedAndOneWhoLeftIsMarked() {
        projector.project(added(riley()), left(JORDAN));

        assertThat(summary().partners()).extracting(Partner::participantId, Partner::left)
                .containsExactly(tuple(AVERY.value(), false),
                                 tuple(JORDAN.value(), true));
    }

    @Test
    void aSessionAttendedTogetherIsEachPartnersLastAttendedSession() {
        projector.project(attendedTogether("s-1"));

        assertThat(summary().partners()).containsExactly(
                withoutAbsences(AVERY.value(), AVERY_NAME, attended("s-1", FIRST)),
                withoutAbsences(JORDAN.value(), JORDAN_NAME, attended("s-1", FIRST)));
    }

    @Test
    void missedSessionsCountInAllAndInARowWithTheirReasonsForTheAbsentPartnerOnly() {
        projector.project(attendedTogether("s-1"),
                          jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          jordanAbsent("s-3", AbsenceReason.SCHEDULING_CONFLICT, null));

        Partner jordan = partner(JORDAN.value());
        assertThat(jordan.jointSessionsMissed()).isEqualTo(2);
        assertThat(jordan.consecutiveJointSessionsMissed()).isEqualTo(2);
        assertThat(jordan.lastJointSessionAttended()).isEqualTo(attended("s-1", FIRST));
        assertThat(jordan.absenceReasons()).isEqualTo(Map.of(AbsenceReason.EMOTIONAL_OVERWHELM, 1,
                                                             AbsenceReason.SCHEDULING_CONFLICT, 1));
        assertThat(partner(AVERY.value())).isEqualTo(withoutAbsences(AVERY.value(), AVERY_NAME,
                                                                     attended("s-3", THIRD)));
    }

    @Test
    void anAttendedJointSessionEndsARunOfMisses() {
        projector.project(jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          attendedTogether("s-3"));

        assertThat(partner(JORDAN.value()).jointSessionsMissed()).isEqualTo(2);
        assertThat(partner(JORDAN.value()).consecutiveJointSessionsMissed()).isZero();
        assertThat(partner(JORDAN.value()).lastJointSessionAttended()).isEqualTo(attended("s-3", THIRD));
    }

    @Test
    void attendanceRecordedLateDoesNotMoveTheLastAttendedSessionBackNorEndTheRunAfterIt() {
        projector.project(attendedTogether("s-2"), jordanAbsent("s-3", AbsenceReason.OTHER, "ill"),
                          attendedTogether("s-1"));

        assertThat(partner(AVERY.value()).lastJointSessionAttended()).isEqualTo(attended("s-3", THIRD));
        assertThat(partner(JORDAN.value()).lastJointSessionAttended()).isEqualTo(attended("s-2", SECOND));
        assertThat(partner(JORDAN.value()).consecutiveJointSessionsMissed()).isEqualTo(1);
    }

    @Test
    void aCancelledSessionIsNoAbsenceAndARescheduledOneKeepsItsNewTime() {
        projector.project(cancelled("s-1"), rescheduled("s-2", LATER, 60), attendedTogether("s-2"));

        assertThat(partner(JORDAN.value())).isEqualTo(withoutAbsences(JORDAN.value(), JORDAN_NAME,
                                                                      attended("s-2", LATER)));
    }

    @Test
    void eachParticipantsAttendanceOfACouplesSessionCountsAndOtherKindsDoNot() {
        projector.project(scheduled("s-4", SessionKind.FAMILY, LATER, List.of(AVERY, JORDAN), null, null),
                          attendance("s-1", late(AVERY, 10), noShow(JORDAN)),
                          attendance("s-2", present(AVERY), absent(JORDAN, AbsenceReason.EMOTIONAL_OVERWHELM)),
                          attendance("s-4", present(AVERY), absent(JORDAN, AbsenceReason.OTHER)));

        Partner jordan = partner(JORDAN.value());
        assertThat(jordan.jointSessionsMissed()).isEqualTo(2);
        assertThat(jordan.noShows()).isEqualTo(1);
        assertThat(jordan.absenceReasons()).isEqualTo(Map.of(AbsenceReason.EMOTIONAL_OVERWHELM, 1));
        assertThat(partner(AVERY.value()).lastJointSessionAttended()).as("late is still there")
                .isEqualTo(attended("s-2", SECOND));
    }

    @Test
    void aCorrectionChangesTheFiguresItTouches() {
        projector.project(jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, null));
        assertThat(partner(JORDAN.value()).consecutiveJointSessionsMissed()).isEqualTo(2);

        projector.project(corrected("s-2", late(JORDAN, 15), "joined from another room"));

        Partner jordan = partner(JORDAN.value());
        assertThat(jordan.jointSessionsMissed()).isEqualTo(1);
        assertThat(jordan.consecutiveJointSessionsMissed()).isZero();
        assertThat(jordan.lastJointSessionAttended()).isEqualTo(attended("s-2", SECOND));
        assertThat(jordan.absenceReasons()).isEqualTo(Map.of(AbsenceReason.EMOTIONAL_OVERWHELM, 1));
    }

    @Test
    void aMissedSessionsFollowUpIsOpenUntilThePartnersAreInformedAndTheAbsenceIsResolved() {
        projector.project(jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          jordanAbsent("s-3", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          partnersInformed("s-1"), summaryOfferedToJordan("s-1"),
                          makeupOfferedToJordan("s-2"), makeupScheduled("s-5", LATER, "s-2"),
                          partnersInformed("s-3"), makeupOfferedToJordan("s-3"));

        Partner jordan = partner(JORDAN.value());
        assertThat(jordan.openFollowUps()).containsExactly(
                new OpenFollowUp("s-2", Instant.parse(SECOND), false, false),
                new OpenFollowUp("s-3", Instant.parse(THIRD), true, false));

        projector.project(makeupAttendedByJordan("s-2", "s-5"), makeupDeclinedByJordan("s-3"));

        jordan = partner(JORDAN.value());
        assertThat(jordan.openFollowUps()).containsExactly(
                new OpenFollowUp("s-2", Instant.parse(SECOND), false, true));
        assertThat(List.of(jordan.summariesOffered(), jordan.makeupsOffered(), jordan.makeupsScheduled(),
                           jordan.makeupsAttended(), jordan.makeupsDeclined()))
                .containsExactly(1, 2, 1, 1, 1);
        assertThat(partner(AVERY.value()).openFollowUps()).isEmpty();
    }

    @Test
    void aSummaryCountsAsSharedOnlyWhenItWasDisclosedAndThenResolvesTheAbsence() {
        projector.project(jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null),
                          jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, null),
                          partnersInformed("s-1"), partnersInformed("s-2"), summaryOfferedToJordan("s-1"));
        assertThat(partner(JORDAN.value()).summariesShared()).isZero();

        projector.project(summarySharedWithJordan("s-2"));

        Partner jordan = partner(JORDAN.value());
        assertThat(List.of(jordan.summariesOffered(), jordan.summariesShared())).containsExactly(1, 1);
        assertThat(jordan.openFollowUps()).isEmpty();
    }

    @Test
    void aConcernIsActiveUntilThePartnerNextAttendsAJointSession() {
        projector.project(jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          concernAboutJordan("s-2"));
        ParticipationConcern concern = new ParticipationConcern("s-2", ConcernTrigger.SECOND_CONSECUTIVE_MISS,
                                                                RECORDED_AT);
        assertThat(partner(JORDAN.value()).activeParticipationConcerns()).containsExactly(concern);

        projector.project(attendedTogether("s-3"));
        assertThat(partner(JORDAN.value()).activeParticipationConcerns()).isEmpty();

        projector.project(corrected("s-3", absent(JORDAN, AbsenceReason.SCHEDULING_CONFLICT), "was not there"));
        assertThat(partner(JORDAN.value()).activeParticipationConcerns()).containsExactly(concern);
    }

    @Test
    void aResolvedConcernStaysInThePartnersHistoryWithWhatResolvedIt() {
        projector.project(jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          jordanAbsent("s-2", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          concernAboutJordan("s-2"),
                          attendedTogether("s-3"));

        Partner jordan = partner(JORDAN.value());
        assertThat(jordan.activeParticipationConcerns()).isEmpty();
        assertThat(jordan.participationConcernsRaised()).isEqualTo(1);
        assertThat(jordan.participationConcerns()).containsExactly(new ConcernHistory(
                "s-2", ConcernTrigger.SECOND_CONSECUTIVE_MISS, RECORDED_AT, false, "s-3", Instant.parse(THIRD)));

        projector.project(corrected("s-3", absent(JORDAN, AbsenceReason.SCHEDULING_CONFLICT), "was not there"));
        assertThat(partner(JORDAN.value()).participationConcerns()).containsExactly(new ConcernHistory(
                "s-2", ConcernTrigger.SECOND_CONSECUTIVE_MISS, RECORDED_AT, true, null, null));
        assertThat(partner(AVERY.value()).participationConcernsRaised()).isZero();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projector.project(jordanAbsent("s-1", AbsenceReason.EMOTIONAL_OVERWHELM, null),
                          summaryOfferedToJordan("s-1"),
                          corrected("s-1", noShow(JORDAN), "never called in"));
        AbsentPartnerSummaryDocument before = summaries.find(PLAN).orElseThrow();

        projector.redeliver(4);
        projector.redeliver(5);
        projector.redeliver(6);
        projector.redeliver(1);

        assertThat(summaries.find(PLAN)).contains(before);
        assertThat(partner(JORDAN.value()).jointSessionsMissed()).isEqualTo(1);
        assertThat(partner(JORDAN.value()).summariesOffered()).isEqualTo(1);
    }

    @Test
    void aResetForgetsEverySummary() {
        projector.reset();

        assertThat(summaries.find(PLAN)).isEmpty();
    }

    private AbsentPartnerSummaryResponse summary() {
        return AbsentPartnerSummaryResponse.from(summaries.find(PLAN).orElseThrow());
    }

    private Partner partner(String participantId) {
        return summary().partners().stream()
                .filter(partner -> partner.participantId().equals(participantId))
                .findFirst()
                .orElseThrow();
    }

    private static Partner withoutAbsences(String participantId, String displayName, AttendedSession lastAttended) {
        return new Partner(participantId, displayName, false, 0, 0, lastAttended, Map.of(), 0, 0, 0, 0, 0, 0, 0,
                           List.of(), List.of(), 0, List.of());
    }

    private static AttendedSession attended(String sessionId, String startsAt) {
        return new AttendedSession(sessionId, Instant.parse(startsAt));
    }
}
