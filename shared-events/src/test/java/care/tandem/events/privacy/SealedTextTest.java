package care.tandem.events.privacy;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.id.ConsentId;
import care.tandem.events.plan.AftercareKind;
import care.tandem.events.plan.AftercareReferral;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.RecoveryGoalSet;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.events.serialization.TandemSerialization;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal text sealed with its person's key as events are written, and erased for whoever's key is gone. */
class SealedTextTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private final FakeCipher cipher = new FakeCipher();
    private final JacksonSerializer sealing = TandemSerialization.serializer(cipher);

    private final TreatmentPlanOpened opened = new TreatmentPlanOpened(PlanId.of("plan-7"), UnitKind.COUPLE,
            List.of(member("p-alex", "Alex Morgan"), member("p-sam", "Sam Morgan")), ClinicianId.of("c-lee"),
            LevelOfCare.IOP_ADULT, AT);

    @Test
    void namesAreWrittenSealedWithTheirOwnPersonsKeyAndReadBack() {
        String json = json(sealing.serialize(opened, byte[].class));
        assertThat(json).doesNotContain("Alex", "Morgan", "Sam M")
                .contains("sealed:v1:p-alex:", "sealed:v1:p-sam:", "\"participantId\":\"p-alex\"");
        assertThat(read(json, TreatmentPlanOpened.class)).isEqualTo(opened);
        assertThat(cipher.keys).containsOnlyKeys("p-alex", "p-sam");
    }

    @Test
    void oncePersonsKeyIsDestroyedTheirTextReadsErasedAndEveryoneElsesStays() {
        String json = json(sealing.serialize(opened, byte[].class));
        cipher.keys.remove("p-alex");
        TreatmentPlanOpened read = read(json, TreatmentPlanOpened.class);
        assertThat(read.members()).extracting(Member::displayName).containsExactly(SealedText.ERASED, "Sam Morgan");
        assertThat(read.members().get(0).participantId()).isEqualTo(ParticipantId.of("p-alex"));
    }

    @Test
    void sealedTextMovedToAnotherPersonOrFieldDoesNotOpen() {
        String json = json(sealing.serialize(opened, byte[].class));
        int start = json.indexOf("sealed:v1:p-alex:");
        String alexs = json.substring(start, json.indexOf('"', start));
        String moved = json.replace(alexs, alexs.replace("p-alex", "p-sam"));
        assertThat(read(moved, TreatmentPlanOpened.class).members().get(0).displayName()).isEqualTo(SealedText.ERASED);
    }

    @Test
    void theSubjectIsFoundInANestedComponentOrTheNextOneNamed() {
        AttendanceCorrected corrected = new AttendanceCorrected(PlanId.of("plan-7"), SessionId.of("s-1"),
                new ParticipantAttendance(ParticipantId.of("p-sam"), AttendanceStatus.LATE, 10, null, null, 50),
                "Sam joined by phone", ClinicianId.of("c-lee"), AT);
        assertThat(json(sealing.serialize(corrected, byte[].class))).contains("sealed:v1:p-sam:")
                .doesNotContain("by phone");
        RecoveryGoalSet shared = new RecoveryGoalSet(PlanId.of("plan-7"), GoalId.of("g-1"), GoalScope.SHARED, null,
                "Rebuild trust", ClinicianId.of("c-lee"), AT);
        String sharedJson = json(sealing.serialize(shared, byte[].class));
        assertThat(sharedJson).as("a shared goal is the plan's").contains("sealed:v1:plan-7:");
        assertThat(read(sharedJson, RecoveryGoalSet.class)).isEqualTo(shared);
    }

    @Test
    void aRevisionOfAMembersGoalIsSealedWithTheirKeyAndErasedWithIt() {
        RecoveryGoalRevised revised = new RecoveryGoalRevised(PlanId.of("plan-7"), GoalId.of("g-2"),
                ParticipantId.of("p-sam"), "Ninety meetings in ninety days", ClinicianId.of("c-lee"), AT);
        String json = json(sealing.serialize(revised, byte[].class));
        assertThat(json).contains("sealed:v1:p-sam:").doesNotContain("ninety");
        assertThat(read(json, RecoveryGoalRevised.class)).isEqualTo(revised);

        cipher.keys.remove("p-sam");
        assertThat(read(json, RecoveryGoalRevised.class).description()).isEqualTo(SealedText.ERASED);
    }

    @Test
    void textInARecordPartOfAnEventIsSealedWithTheKeyTheEventNames() {
        ConsentGranted granted = new ConsentGranted(ParticipantId.of("p-sam"), ConsentId.of("cn-1"), PlanId.of("plan-7"),
                new ConsentRecipient(null, "Harbor Street Recovery Center"), List.of(DisclosedInformation.ATTENDANCE),
                DisclosurePurpose.CARE_COORDINATION, null, null, true, ConsentAttestation.SIGNED_IN_SESSION,
                ParticipantId.of("p-sam"), AT, ClinicianId.of("c-lee"), AT);
        String consentJson = json(sealing.serialize(granted, byte[].class));
        assertThat(consentJson).contains("sealed:v1:p-sam:").doesNotContain("Harbor");
        assertThat(read(consentJson, ConsentGranted.class)).isEqualTo(granted);

        TreatmentPlanDischarged discharged = new TreatmentPlanDischarged(PlanId.of("plan-7"), List.of(
                new AftercareReferral(AftercareKind.SUPPORT_GROUP, "Tuesday group at St. Jude's"),
                new AftercareReferral(AftercareKind.COUPLES_THERAPY, "Dr. Okafor, weekly")), ClinicianId.of("c-lee"), AT);
        String dischargeJson = json(sealing.serialize(discharged, byte[].class));
        assertThat(dischargeJson).doesNotContain("Jude", "Okafor").contains("sealed:v1:plan-7:");
        assertThat(read(dischargeJson, TreatmentPlanDischarged.class)).isEqualTo(discharged);

        cipher.keys.remove("p-sam");
        assertThat(read(consentJson, ConsentGranted.class).recipient().outsideProvider()).isEqualTo(SealedText.ERASED);
    }

    @Test
    void textWrittenBeforeSealingIsReadAsItIsAndAReaderWithoutTheCipherSeesOnlySealedText() {
        String plain = json(TandemSerialization.serializer().serialize(opened, byte[].class));
        assertThat(plain).contains("Alex Morgan");
        assertThat(read(plain, TreatmentPlanOpened.class)).isEqualTo(opened);

        String sealed = json(sealing.serialize(opened, byte[].class));
        TreatmentPlanOpened withoutKeys = TandemSerialization.serializer().deserialize(
                new SimpleSerializedObject<>(sealed.getBytes(StandardCharsets.UTF_8),
                        byte[].class, TreatmentPlanOpened.class.getName(), "2"));
        assertThat(withoutKeys.members().get(0).displayName()).startsWith(SealedText.PREFIX);
    }

    private static Member member(String id, String name) {
        return new Member(ParticipantId.of(id), name, MemberRole.PARTNER, false, List.of());
    }

    private static String json(SerializedObject<byte[]> serialized) {
        return new String(serialized.getData(), StandardCharsets.UTF_8);
    }

    private <T> T read(String json, Class<T> type) {
        return sealing.deserialize(new SimpleSerializedObject<>(
                json.getBytes(StandardCharsets.UTF_8), byte[].class, type.getName(), null));
    }

    /** A stand-in cipher: each person's "key" a byte; the associated data's digest travels with the text. */
    private static final class FakeCipher implements PersonalDataCipher {

        final Map<String, Byte> keys = new HashMap<>();

        @Override
        public Optional<byte[]> seal(String subject, byte[] associatedData, byte[] plaintext) {
            byte key = keys.computeIfAbsent(subject, s -> (byte) (keys.size() + 7));
            byte[] tag = digest(associatedData);
            byte[] sealed = Arrays.copyOf(tag, tag.length + plaintext.length);
            for (int i = 0; i < plaintext.length; i++) {
                sealed[tag.length + i] = (byte) (plaintext[i] ^ key);
            }
            return Optional.of(sealed);
        }

        @Override
        public Optional<byte[]> open(String subject, byte[] associatedData, byte[] ciphertext) {
            Byte key = keys.get(subject);
            byte[] tag = digest(associatedData);
            if (key == null || !Arrays.equals(ciphertext, 0, tag.length, tag, 0, tag.length)) {
                return Optional.empty();
            }
            byte[] plaintext = Arrays.copyOfRange(ciphertext, tag.length, ciphertext.length);
            for (int i = 0; i < plaintext.length; i++) {
                plaintext[i] = (byte) (plaintext[i] ^ key);
            }
            return Optional.of(plaintext);
        }

        private static byte[] digest(byte[] data) {
            try {
                return Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-256").digest(data), 8);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
