package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** readiness is empty on records made before revision 2. */
@Revision("2")
public record CouplesTherapyResumed(
        PlanId planId,
        List<PartnerReadiness> readiness,
        ClinicianId resumedBy,
        Instant resumedAt) {
}
