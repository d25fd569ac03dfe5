package care.tandem.query.consent;

import care.tandem.events.consent.ConsentGranted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One consent of a person as recorded, with its revocation; every element of 42 CFR 2.31, ids only for people. */
public record ConsentEntry(
        String consentId,
        String planId,
        String recipientMember,
        String recipientOutsideProvider,
        List<String> information,
        String purpose,
        LocalDate expiresOn,
        Instant expiresAt,
        boolean endsAtDischarge,
        String attestation,
        String signedBy,
        Instant signedAt,
        String recordedBy,
        Instant grantedAt,
        Instant revokedAt,
        String revokedBy) {

    static ConsentEntry of(ConsentGranted granted) {
        return new ConsentEntry(granted.consentId().value(), granted.planId().value(),
                granted.recipient().member() == null ? null : granted.recipient().member().value(),
                granted.recipient().outsideProvider(),
                granted.information().stream().map(Enum::name).toList(), granted.purpose().name(),
                granted.expiresOn(), granted.expiresAt(), granted.endsAtDischarge(), granted.attestation().name(),
                granted.signedBy().value(), granted.signedAt(), granted.recordedBy().value(), granted.grantedAt(),
                null, null);
    }

    ConsentEntry revoked(Instant at, String by) {
        return new ConsentEntry(consentId, planId, recipientMember, recipientOutsideProvider, information, purpose,
                expiresOn, expiresAt, endsAtDischarge, attestation, signedBy, signedAt, recordedBy, grantedAt, at, by);
    }

    /**
     * What the consent was at an instant: not given yet, in force, revoked, or past its end (its date, or its plan's
     * discharge if it ends then; {@code dischargedAt} null while the plan is open).
     */
    ConsentState stateAt(Instant instant, Instant dischargedAt) {
        if (instant.isBefore(grantedAt)) {
            return ConsentState.NOT_YET_GIVEN;
        }
        if (revokedAt != null && !instant.isBefore(revokedAt)) {
            return ConsentState.REVOKED;
        }
        if (expiresAt != null && !instant.isBefore(expiresAt)
                || endsAtDischarge && dischargedAt != null && !instant.isBefore(dischargedAt)) {
            return ConsentState.EXPIRED;
        }
        return ConsentState.IN_FORCE;
    }
}
