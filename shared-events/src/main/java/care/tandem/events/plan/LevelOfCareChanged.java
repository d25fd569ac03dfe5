package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The plan moved to another level of care (for example from PHP to IOP), which sets its weekly minimum of attended hours. */
@Revision("1")
public record LevelOfCareChanged(
        PlanId planId,
        LevelOfCare previousLevel,
        LevelOfCare newLevel,
        LevelOfCareChangeReason reason,
        ClinicianId changedBy,
        Instant changedAt) {
}
