package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.privacy.PersonalData;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A correction never overwrites: this records the corrected fact for one participant beside the original. */
@Revision("1")
public record AttendanceCorrected(
        PlanId planId,
        SessionId sessionId,
        ParticipantAttendance corrected,
        @PersonalData(subject = "corrected.participantId")
        String correctionReason,
        ClinicianId correctedBy,
        Instant correctedAt) {
}
