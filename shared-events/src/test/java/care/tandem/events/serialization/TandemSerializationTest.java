package care.tandem.events.serialization;

import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TherapistJudgement;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TandemSerializationTest {

    private final JacksonSerializer serializer = TandemSerialization.serializer();

    @Test
    void idsAreWrittenAsPlainStringsAndTimesAsIsoInstants() {
        var event = new SoloAttendanceRecorded(PlanId.of("plan-1"), SessionId.of("s-1"), ParticipantId.of("p-a"),
                ParticipantId.of("p-b"), AbsenceReason.SCHEDULING_CONFLICT, null, TherapistJudgement.ABSENCE_HINDERS_PROGRESS,
                AdjustedFocus.EMOTIONAL_REGULATION, ClinicianId.of("c-1"),
                Instant.parse("2026-03-02T15:00:00Z"));

        SerializedObject<String> json = serializer.serialize(event, String.class);

        assertThat(json.getData())
                .contains("\"planId\":\"plan-1\"")
                .contains("\"attendingPartner\":\"p-a\"")
                .contains("\"recordedAt\":\"2026-03-02T15:00:00Z\"");
        assertThat(json.getType().getRevision()).isEqualTo("2");
        assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
    }

    @Test
    void localDatesSurviveTheRoundTrip() {
        var event = new CouplesTherapyPaused(PlanId.of("plan-1"), PauseReason.EMOTIONAL_SAFETY,
                LocalDate.parse("2026-04-01"), JointSessionHandling.CONVERT_TO_INDIVIDUAL, ClinicianId.of("c-1"), Instant.parse("2026-03-02T15:00:00Z"));

        SerializedObject<String> json = serializer.serialize(event, String.class);

        assertThat(json.getData()).contains("\"reviewOn\":\"2026-04-01\"");
        assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
    }

    @Test
    void aConsentKeepsEveryElementOfItsRecordThroughTheRoundTrip() {
        var event = new ConsentGranted(ParticipantId.of("p-a"), ConsentId.of("consent-1"), PlanId.of("plan-1"),
                ConsentRecipient.member(ParticipantId.of("p-b")),
                List.of(DisclosedInformation.ATTENDANCE, DisclosedInformation.SESSION_SUMMARIES),
                DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, LocalDate.parse("2027-03-01"),
                Instant.parse("2027-03-02T05:00:00Z"), true, ConsentAttestation.SIGNED_IN_SESSION,
                ParticipantId.of("p-a"), Instant.parse("2026-03-02T15:00:00Z"), ClinicianId.of("c-1"),
                Instant.parse("2026-03-02T15:01:00Z"));

        SerializedObject<String> json = serializer.serialize(event, String.class);

        assertThat(json.getData()).contains("\"recipient\":{\"member\":\"p-b\",\"outsideProvider\":null}")
                .contains("\"information\":[\"ATTENDANCE\",\"SESSION_SUMMARIES\"]")
                .contains("\"expiresOn\":\"2027-03-01\"");
        assertThat(json.getType().getRevision()).isEqualTo("1");
        assertThat((Object) serializer.deserialize(json)).isEqualTo(event);
    }

    @Test
    void unsafeIdsAreRejected() {
        assertThatThrownBy(() -> PlanId.of("Jane Doe's plan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PlanId");
    }
}
