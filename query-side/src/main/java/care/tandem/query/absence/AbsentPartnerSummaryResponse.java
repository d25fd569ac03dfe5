package care.tandem.query.absence;

import java.time.Instant;
import java.util.List;

/** Per partner of a plan, the joint sessions they missed, in a row and in all, and the last one they attended. */
public record AbsentPartnerSummaryResponse(String planId, List<Partner> partners) {

    static AbsentPartnerSummaryResponse from(AbsentPartnerSummaryDocument summary) {
        return new AbsentPartnerSummaryResponse(summary.id(),
                                                summary.partners().stream().map(Partner::from).toList());
    }

    /** {@code lastJointSessionAttended} is null until the partner attends one. */
    public record Partner(
            String participantId,
            String displayName,
            int jointSessionsMissed,
            int consecutiveJointSessionsMissed,
            AttendedSession lastJointSessionAttended) {

        static Partner from(AbsentPartnerSummaryDocument.Partner partner) {
            AbsentPartnerSummaryDocument.SessionSlot last = partner.lastJointSessionAttended();
            return new Partner(partner.participantId(), partner.displayName(), partner.jointSessionsMissed(),
                               partner.consecutiveJointSessionsMissed(),
                               last == null ? null : new AttendedSession(last.sessionId(), last.startsAt()));
        }
    }

    public record AttendedSession(String sessionId, Instant startsAt) {
    }
}
