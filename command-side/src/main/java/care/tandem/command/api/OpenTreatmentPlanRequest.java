package care.tandem.command.api;

import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.UnitKind;

import java.util.List;

/**
 * planId is optional (the server assigns one). A couple may be given as two partners instead of members;
 * its level of care then defaults to IOP_ADULT.
 */
public record OpenTreatmentPlanRequest(
        String planId,
        UnitKind unitKind,
        List<MemberRequest> members,
        List<PartnerRequest> partners,
        String primaryClinicianId,
        LevelOfCare levelOfCare) {
}
