package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The clinician ended couples therapy in the plan for good; individual care goes on. */
@Revision("1")
public record CouplesTherapyDiscontinued(
        PlanId planId,
        DiscontinuationReason reason,
        ClinicianId discontinuedBy,
        Instant discontinuedAt) {
}
