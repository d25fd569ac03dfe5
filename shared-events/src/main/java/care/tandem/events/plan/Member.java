package care.tandem.events.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.privacy.PersonalData;

import java.util.List;

/** A member of a treatment unit. The display name is PHI: never logged. A minor names the guardian members who consent for them. */
public record Member(
        ParticipantId participantId,
        @PersonalData(subject = "participantId")
        String displayName,
        MemberRole role,
        boolean minor,
        List<ParticipantId> guardians) {
}
