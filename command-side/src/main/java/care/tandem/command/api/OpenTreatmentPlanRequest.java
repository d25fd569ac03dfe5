package care.tandem.command.api;

import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.UnitKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * planId is optional (the server assigns one). A couple may be given as two partners instead of members;
 * its level of care then defaults to IOP_ADULT. openedAt is optional: when the plan took effect, such as an
 * admission recorded after the fact; never in the future, and now when absent. The event's metadata keeps
 * when it was recorded.
 */
public record OpenTreatmentPlanRequest(
        String planId,
        UnitKind unitKind,
        @Size(max = 20) @Valid List<MemberRequest> members,
        @Size(max = 20) @Valid List<PartnerRequest> partners,
        String primaryClinicianId,
        LevelOfCare levelOfCare,
        @Within(ahead = "P0D", notBefore = "2000-01-01") Instant openedAt) {
}
