package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A couple's or a family's treatment plan is opened at a level of care. */
@Revision("2")
public record TreatmentPlanOpened(
        PlanId planId,
        UnitKind unitKind,
        List<Member> members,
        ClinicianId primaryClinician,
        LevelOfCare levelOfCare,
        Instant openedAt) {
}
