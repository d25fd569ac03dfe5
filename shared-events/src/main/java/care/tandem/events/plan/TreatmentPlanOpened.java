package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

@Revision("1")
public record TreatmentPlanOpened(
        PlanId planId,
        List<Partner> partners,
        ClinicianId primaryClinician,
        Instant openedAt) {
}
