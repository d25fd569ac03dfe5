package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.PartnerReadiness;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.CommandChecks.distinct;
import static care.tandem.command.plan.CommandChecks.required;

/** Resumes a paused couples therapy, recording how ready each partner is. */
public record ResumeCouplesTherapy(
        @TargetAggregateIdentifier PlanId planId,
        List<PartnerReadiness> readiness,
        ClinicianId resumedBy,
        Instant resumedAt) {

    public ResumeCouplesTherapy {
        required(planId, "planId");
        required(readiness, "readiness");
        readiness.forEach(entry -> {
            required(entry.participantId(), "readiness[].participantId");
            required(entry.readiness(), "readiness[].readiness");
        });
        distinct(readiness.stream().map(PartnerReadiness::participantId).toList(), "readiness");
        readiness = List.copyOf(readiness);
        required(resumedBy, "resumedBy");
        required(resumedAt, "resumedAt");
    }
}
