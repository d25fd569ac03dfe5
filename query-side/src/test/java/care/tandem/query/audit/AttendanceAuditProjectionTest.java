package care.tandem.query.audit;

import care.tandem.query.api.ParticipantNotFoundException;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.query.api.PageRequest;
import care.tandem.query.audit.AttendanceAuditResponse.Entry;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.Projector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RECORDED_AT;
import static care.tandem.query.testing.PlanFixtures.RILEY;
import static care.tandem.query.testing.PlanFixtures.added;
import static care.tandem.query.testing.PlanFixtures.attendance;
import static care.tandem.query.testing.PlanFixtures.attendedTogether;
import static care.tandem.query.testing.PlanFixtures.cancelled;
import static care.tandem.query.testing.PlanFixtures.corrected;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.late;
import static care.tandem.query.testing.PlanFixtures.left;
import static care.tandem.query.testing.PlanFixtures.noShow;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.present;
import static care.tandem.query.testing.PlanFixtures.rescheduled;
import static care.tandem.query.testing.PlanFixtures.riley;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static care.tandem.query.testing.PlanStream.correlationIdOf;
import static care.tandem.query.testing.PlanStream.timestampOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AttendanceAuditProjectionTest {

    private static final String FIRST = "2026-03-02T15:00:00Z";
    private static final String SECOND = "2026-03-09T15:00:00Z";
    private static final String THIRD = "2026-03-16T15:00:00Z";
    private static final PageRequest WHOLE = new PageRequest(0, PageRequest.MAX_SIZE);

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
    void anOpenedPlanHasAnEmptyAuditTrailAndItsMembers() {
        projector.project(opened());

        assertThat(entries()).isEmpty();
        assertThat(audit().members()).containsExactly(AVERY.value(), JORDAN.value());
    }

    @Test
    void aMemberWhoJoinedLaterBelongsToThePlanAndStillDoesAfterLeaving() {
        projector.project(opened(), added(riley()), left(RILEY));

        assertThat(audit().hasEverHadMember(RILEY.value())).isTrue();
        assertThat(audit().hasEverHadMember("p-stranger")).isFalse();
    }

    @Test
    void jointAttendanceIsRecordedWithItsProvenanceAndEachPartnersAttendance() {
        projector.project(opened(), scheduled("s-1", FIRST), attendedTogether("s-1"));

        assertThat(entries()).containsExactly(new Entry(
                2, "s-1", Instant.parse(FIRST), AttendanceKind.JOINT, List.of(AVERY.value(), JORDAN.value()), null,
                null, null, null, null, null, List.of(attended(AVERY), attended(JORDAN)), null, null, List.of(),
                CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(2), timestampOf(2)));
    }

    @Test
    void soloAttendanceIsRecordedWithTheAbsenceReasonItsDetailAndTheTherapistsView() {
        projector.project(opened(), scheduled("s-1", FIRST),
                          jordanAbsent("s-1", AbsenceReason.OTHER, "travelling for work"));

        assertThat(entries()).containsExactly(new Entry(
                2, "s-1", Instant.parse(FIRST), AttendanceKind.SOLO, null, AVERY.value(), JORDAN.value(),
                AbsenceReason.OTHER, "travelling for work", TherapistJudgement.ABSENCE_HINDERS_PROGRESS,
                AdjustedFocus.RELAPSE_PREVENTION,
                List.of(attended(AVERY), new AttendanceFact(JORDAN.value(), AttendanceStatus.ABSENT, null, null,
                                                            AbsenceReason.OTHER, null)),
                null, null, List.of(), CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(2),
                timestampOf(2)));
    }

    @Test
    void eachParticipantsAttendanceIsRecordedForASessionOfAnyKind() {
        projector.project(opened(), scheduled("s-1", SessionKind.FAMILY, FIRST, List.of(AVERY, JORDAN), null, null),
                          attendance("s-1", late(AVERY, 5), noShow(JORDAN)));

        assertThat(entries()).containsExactly(new Entry(
                2, "s-1", Instant.parse(FIRST), AttendanceKind.PER_PARTICIPANT, null, null, null, null, null, null,
                null, List.of(AttendanceFact.of(late(AVERY, 5)), AttendanceFact.of(noShow(JORDAN))), null, null,
                List.of(), CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(2), timestampOf(2)));
    }

    @Test
    void aFactHappenedWhenItsSessionStartedAsRescheduledBeforeItWasRecorded() {
        projector.project(opened(), scheduled("s-1", FIRST), scheduled("s-2", SECOND),
                          rescheduled("s-1", THIRD, 45), attendedTogether("s-2"), attendedTogether("s-1"),
                          corrected("s-1", late(JORDAN, 10), "came late"));

        assertThat(entries()).extracting(Entry::sessionId, Entry::sessionStartsAt).containsExactly(
                tuple("s-2", Instant.parse(SECOND)),
                tuple("s-1", Instant.parse(THIRD)),
                tuple("s-1", Instant.parse(THIRD)));
    }

    @Test
    void aCorrectionStandsBesideTheFactItCorrectsAndEachNamesTheOther() {
        projector.project(opened(), scheduled("s-1", FIRST), scheduled("s-2", SECOND),
                          jordanAbsent("s-1", AbsenceReason.SCHEDULING_CONFLICT, null),
                          attendedTogether("s-2"),
                          corrected("s-1", late(JORDAN, 20), "joined late from work"),
                          corrected("s-1", present(JORDAN), "was on time, camera off"),
                          corrected("s-1", present(AVERY), "confirmed"));

        assertThat(entries()).extracting(Entry::sequenceNumber, Entry::kind, Entry::correctsSequenceNumber,
                                         Entry::correctedBy)
                .containsExactly(
                        tuple(3L, AttendanceKind.SOLO, null, List.of(5L, 7L)),
                        tuple(4L, AttendanceKind.JOINT, null, List.of()),
                        tuple(5L, AttendanceKind.CORRECTION, 3L, List.of(6L)),
                        tuple(6L, AttendanceKind.CORRECTION, 5L, List.of()),
                        tuple(7L, AttendanceKind.CORRECTION, 3L, List.of()));
        assertThat(entries().get(2)).isEqualTo(new Entry(
                5, "s-1", Instant.parse(FIRST), AttendanceKind.CORRECTION, null, null, null, null, null, null, null,
                List.of(AttendanceFact.of(late(JORDAN, 20))), "joined late from work", 3L, List.of(6L),
                CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(5), timestampOf(5)));
        assertThat(entries().get(0).attendance()).as("the original stays as recorded")
                .extracting(AttendanceFact::status).containsExactly(AttendanceStatus.ATTENDED, AttendanceStatus.ABSENT);
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
    void theAuditIsPagedInRecordedOrder() {
        projector.project(opened(), scheduled("s-1", FIRST), scheduled("s-2", SECOND), scheduled("s-3", THIRD),
                          attendedTogether("s-1"), attendedTogether("s-2"), attendedTogether("s-3"));

        AttendanceAuditResponse secondPage = AttendanceAuditResponse.ofPlan(audit(), new PageRequest(1, 2));

        assertThat(secondPage.entries()).extracting(Entry::sessionId).containsExactly("s-3");
        assertThat(secondPage).extracting(AttendanceAuditResponse::planId, AttendanceAuditResponse::page,
                                          AttendanceAuditResponse::size, AttendanceAuditResponse::totalItems,
                                          AttendanceAuditResponse::totalPages)
                .containsExactly(PLAN.value(), 1, 2, 3L, 2);
    }

    @Test
    void aParticipantsAuditListsOnlyTheFactsAboutThemAndNothingOfTheirPartnersAbsence() {
        projector.project(opened(), added(riley()), scheduled("s-1", FIRST),
                          scheduled("s-2", SessionKind.INDIVIDUAL, SECOND, List.of(JORDAN), null, null),
                          jordanAbsent("s-1", AbsenceReason.OTHER, "hospital visit"),
                          attendance("s-2", present(JORDAN)),
                          corrected("s-1", late(JORDAN, 15), "joined by phone"));

        List<Entry> avery = AttendanceAuditResponse.ofParticipant(audit(), AVERY.value(), WHOLE).entries();
        List<Entry> jordan = AttendanceAuditResponse.ofParticipant(audit(), JORDAN.value(), WHOLE).entries();

        assertThat(avery).containsExactly(new Entry(
                4, "s-1", Instant.parse(FIRST), AttendanceKind.SOLO, null, AVERY.value(), null, null, null,
                // The therapist's judgement of Jordan's absence is the care team's note: not in either partner's view.
                null, AdjustedFocus.RELAPSE_PREVENTION, List.of(attended(AVERY)),
                null, null, List.of(), CLINICIAN.value(), RECORDED_AT, CLINICIAN.value(), correlationIdOf(4),
                timestampOf(4)));
        assertThat(jordan).extracting(Entry::sequenceNumber, Entry::absentPartner, Entry::reasonDetail,
                                      Entry::attendingPartner, Entry::therapistJudgement, Entry::correctedBy)
                .containsExactly(tuple(4L, JORDAN.value(), "hospital visit", null, null, List.of(6L)),
                                 tuple(5L, null, null, null, null, List.of()),
                                 tuple(6L, null, null, null, null, List.of()));
        assertThat(jordan).flatExtracting(Entry::attendance).extracting(AttendanceFact::participantId)
                .containsOnly(JORDAN.value());
        assertThat(AttendanceAuditResponse.ofParticipant(audit(), RILEY.value(), WHOLE).entries()).isEmpty();
    }

    @Test
    void aParticipantWhoNeverBelongedToThePlanIsNotFound() {
        projector.project(opened());
        AttendanceAuditController controller = new AttendanceAuditController(audits);

        assertThatThrownBy(() -> controller.participantAttendanceAudit(PLAN, ParticipantId.of("p-stranger"), WHOLE))
                .isInstanceOfSatisfying(ParticipantNotFoundException.class,
                                        problem -> assertThat(problem.getStatusCode().value()).isEqualTo(404));
        assertThat(controller.participantAttendanceAudit(PLAN, AVERY, WHOLE).participantId())
                .isEqualTo(AVERY.value());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projector.project(opened(), added(riley()), scheduled("s-1", FIRST), rescheduled("s-1", SECOND, 60),
                          attendedTogether("s-1"), corrected("s-1", noShow(JORDAN), "left before it began"));
        AttendanceAuditDocument before = audit();

        for (long sequence = 0; sequence <= 5; sequence++) {
            projector.redeliver(sequence);
        }

        assertThat(audit()).isEqualTo(before);
        assertThat(audit().members()).containsExactly(AVERY.value(), JORDAN.value(), RILEY.value());
        assertThat(audit().sessions()).hasSize(1);
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aResetForgetsEveryAudit() {
        projector.project(opened());

        projector.reset();

        assertThat(audits.find(PLAN)).isEmpty();
    }

    private static AttendanceFact attended(ParticipantId participant) {
        return new AttendanceFact(participant.value(), AttendanceStatus.ATTENDED, null, null, null, null);
    }

    private AttendanceAuditDocument audit() {
        return audits.find(PLAN).orElseThrow();
    }

    private List<Entry> entries() {
        return AttendanceAuditResponse.ofPlan(audit(), WHOLE).entries();
    }
}
