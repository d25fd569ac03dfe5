package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Both partners were told that a joint session took place with one of them. */
@Revision("1")
public record PartnersInformedOfAbsence(
        PlanId planId,
        SessionId sessionId,
        ClinicianId informedBy,
        Instant informedAt) {
}
