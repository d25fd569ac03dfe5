package care.tandem.events.upcasting;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.events.serialization.TandemSerialization;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each revision-1 payload below is byte for byte what the first release stored. */
class TandemUpcastersTest {

    private static final PlanId PLAN = PlanId.of("plan-1");
    private static final ParticipantId ALEX = ParticipantId.of("p-alex");
    private static final ParticipantId SAM = ParticipantId.of("p-sam");
    private static final ClinicianId CLINICIAN = ClinicianId.of("c-1");
    private static final Instant AT = Instant.parse("2026-03-02T17:00:00Z");

    private final JacksonSerializer serializer = TandemSerialization.serializer();

    @Test
    void aCouplesPlanOfRevisionOneBecomesATwoPartnerAdultIopUnit() {
        Object event = upcast("TreatmentPlanOpened", "1", """
                {"planId":"plan-1","partners":[{"participantId":"p-alex","displayName":"Alex"},\
                {"participantId":"p-sam","displayName":"Sam"}],"primaryClinician":"c-1",\
                "openedAt":"2026-03-02T17:00:00Z"}""", new SimpleSerializedType(TreatmentPlanOpened.class.getName(), "2"));

        assertThat(event).isEqualTo(new TreatmentPlanOpened(PLAN, UnitKind.COUPLE,
                List.of(new Member(ALEX, "Alex", MemberRole.PARTNER, false, List.of()),
                        new Member(SAM, "Sam", MemberRole.PARTNER, false, List.of())),
                CLINICIAN, LevelOfCare.IOP_ADULT, AT));
    }

    @Test
    void aJointSessionBecomesACouplesSessionWithoutAGuessedLocation() {
        Object event = upcast("JointSessionScheduled", "1", """
                {"planId":"plan-1","sessionId":"s-1","startsAt":"2026-03-02T17:00:00Z","durationMinutes":90,\
                "clinician":"c-1","expectedParticipants":["p-alex","p-sam"]}""",
                new SimpleSerializedType(SessionScheduled.class.getName(), "1"));

        assertThat(event).isEqualTo(new SessionScheduled(PLAN, SessionId.of("s-1"), SessionKind.COUPLES, AT, 90,
                CLINICIAN, List.of(ALEX, SAM), LocationMode.NOT_RECORDED, null, null));
    }

    @Test
    void aCancelledJointSessionBecomesACancelledSession() {
        Object event = upcast("JointSessionCancelled", "1", """
                {"planId":"plan-1","sessionId":"s-1","reason":"COUPLES_THERAPY_PAUSED",\
                "cancelledAt":"2026-03-02T17:00:00Z"}""", new SimpleSerializedType(SessionCancelled.class.getName(), "1"));

        assertThat(event).isEqualTo(new SessionCancelled(PLAN, SessionId.of("s-1"),
                CancellationReason.COUPLES_THERAPY_PAUSED, AT));
    }

    @Test
    void aSoloAttendanceOfRevisionOneLeavesJudgementAndFocusUnknown() {
        Object event = upcast("SoloAttendanceRecorded", "1", """
                {"planId":"plan-1","sessionId":"s-1","attendingPartner":"p-alex","absentPartner":"p-sam",\
                "absenceReason":"SCHEDULING_CONFLICT","recordedBy":"c-1","recordedAt":"2026-03-02T17:00:00Z"}""",
                new SimpleSerializedType(SoloAttendanceRecorded.class.getName(), "2"));

        assertThat(event).isEqualTo(new SoloAttendanceRecorded(PLAN, SessionId.of("s-1"), ALEX, SAM,
                AbsenceReason.SCHEDULING_CONFLICT, null, null, null, CLINICIAN, AT));
    }

    @Test
    void aPauseOfRevisionOneCancelledTheJointSessionsAhead() {
        Object event = upcast("CouplesTherapyPaused", "1", """
                {"planId":"plan-1","reason":"EMOTIONAL_SAFETY","reviewOn":"2026-03-20","pausedBy":"c-1",\
                "pausedAt":"2026-03-02T17:00:00Z"}""", new SimpleSerializedType(CouplesTherapyPaused.class.getName(), "2"));

        assertThat(event).isEqualTo(new CouplesTherapyPaused(PLAN, PauseReason.EMOTIONAL_SAFETY,
                LocalDate.parse("2026-03-20"), JointSessionHandling.CANCEL, CLINICIAN, AT));
    }

    @Test
    void aResumptionOfRevisionOneRecordsNoReadiness() {
        Object event = upcast("CouplesTherapyResumed", "1", """
                {"planId":"plan-1","resumedBy":"c-1","resumedAt":"2026-03-02T17:00:00Z"}""",
                new SimpleSerializedType(CouplesTherapyResumed.class.getName(), "2"));

        assertThat(event).isEqualTo(new CouplesTherapyResumed(PLAN, List.of(), CLINICIAN, AT));
    }

    @Test
    void aGoalRevisionOfRevisionOneNamesNoMember() {
        Object event = upcast("RecoveryGoalRevised", "1", """
                {"planId":"plan-1","goalId":"g-1","description":"Twice-weekly check-in","revisedBy":"c-1",\
                "revisedAt":"2026-03-02T17:00:00Z"}""", new SimpleSerializedType(RecoveryGoalRevised.class.getName(), "2"));

        assertThat(event).isEqualTo(new RecoveryGoalRevised(PLAN, GoalId.of("g-1"), null, "Twice-weekly check-in",
                CLINICIAN, AT));
    }

    @Test
    void currentRevisionsPassUntouched() {
        String json = new String(serializer.serialize(new SessionCancelled(PLAN, SessionId.of("s-1"),
                CancellationReason.CLIENT_REQUEST, AT), byte[].class).getData(), StandardCharsets.UTF_8);

        Object event = upcast("SessionCancelled", "1", json,
                new SimpleSerializedType(SessionCancelled.class.getName(), "1"));

        assertThat(event).isEqualTo(new SessionCancelled(PLAN, SessionId.of("s-1"), CancellationReason.CLIENT_REQUEST, AT));
    }

    private Object upcast(String simpleType, String revision, String storedJson, SerializedType expectedType) {
        var stored = new GenericDomainEventEntry<>("TreatmentPlan", "plan-1", 0, "event-1", AT,
                "care.tandem.events.plan." + simpleType, revision, storedJson.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = TandemUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType()).isEqualTo(expectedType);
        return serializer.deserialize(upcast.get(0).getData());
    }
}
