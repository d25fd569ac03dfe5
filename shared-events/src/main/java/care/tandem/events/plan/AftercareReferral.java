package care.tandem.events.plan;

import care.tandem.events.privacy.PersonalData;

/**
 * Where a member continues care after discharge; description is free text for the receiving provider, sealed with
 * the plan's key (the referral is the unit's).
 */
public record AftercareReferral(
        AftercareKind kind,
        @PersonalData(subject = "../planId")
        String description) {
}
