package care.tandem.events.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A person joined the plan's unit (a partner, a family member, a minor or a guardian). */
@Revision("1")
public record MemberAdded(
        PlanId planId,
        Member member,
        ClinicianId addedBy,
        Instant addedAt) {
}
